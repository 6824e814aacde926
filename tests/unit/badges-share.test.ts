import { describe, expect, it } from "vitest";
import { embedSnippet, linkedInAddToProfileUrl, shareLinks } from "@/lib/badges/lifecycle/share";

const base = {
  badgeName: "Certified: Azure Administrator Associate",
  issuerName: "certdash Certification Program",
  verificationUrl: "https://certs.example.org/badges/0b7c-1",
  badgeId: "0b7c-1",
  issuedOn: new Date("2025-01-31T23:30:00Z"),
  expiresOn: new Date("2026-12-01T00:00:00Z"),
};

describe("LinkedIn add-to-profile URL", () => {
  it("pre-fills the certification form", () => {
    const url = new URL(linkedInAddToProfileUrl(base));
    expect(url.origin + url.pathname).toBe("https://www.linkedin.com/profile/add");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      startTask: "CERTIFICATION_NAME",
      name: "Certified: Azure Administrator Associate",
      organizationName: "certdash Certification Program",
      issueYear: "2025",
      issueMonth: "1",
      expirationYear: "2026",
      expirationMonth: "12",
      certUrl: "https://certs.example.org/badges/0b7c-1",
      certId: "0b7c-1",
    });
  });

  it("leaves out the expiry of a badge that does not expire", () => {
    const url = new URL(linkedInAddToProfileUrl({ ...base, expiresOn: null }));
    expect(url.searchParams.has("expirationYear")).toBe(false);
    expect(url.searchParams.has("expirationMonth")).toBe(false);
  });

  it("encodes names with reserved characters", () => {
    const url = linkedInAddToProfileUrl({ ...base, badgeName: "R&D: A+B=C?" });
    expect(url).toContain("name=R%26D%3A+A%2BB%3DC%3F");
    expect(new URL(url).searchParams.get("name")).toBe("R&D: A+B=C?");
  });
});

describe("other share links and the embed snippet", () => {
  it("points every network at the verification page", () => {
    const links = shareLinks(base);
    for (const key of ["linkedInPost", "x", "facebook"] as const)
      expect(links[key]).toContain(encodeURIComponent(base.verificationUrl));
    expect(links.email.startsWith("mailto:?subject=")).toBe(true);
  });

  it("escapes the snippet", () => {
    const html = embedSnippet({
      badgeName: 'A "quoted" <b>',
      verificationUrl: base.verificationUrl,
      imageUrl: "https://certs.example.org/i.png",
    });
    expect(html).toContain('href="https://certs.example.org/badges/0b7c-1"');
    expect(html).not.toContain("<b>");
    expect(html).toContain("&#34;quoted&#34;");
  });
});
