import { describe, expect, it } from "vitest";
import {
  emailTemplateNames,
  renderEmail,
  renderEmailDirect,
  type EmailTemplateCall,
  type EmailTemplateData,
  type EmailTemplateName,
} from "@/lib/email/templates/registry";
import { substitutable } from "@/lib/email/templates/render";

// One sample per template: the type makes a new template fail to compile here until it has one.
const samples: { [N in EmailTemplateName]: EmailTemplateData<N>[] } = {
  "sign-in": [
    {
      url: "https://certs.example.org/api/auth/callback/nodemailer?token=abc&email=a%40b.org",
      host: "certs.example.org",
      minutes: 10,
      issuer: "Certification Program",
    },
  ],
  "confirm-email": [
    {
      url: "https://certs.example.org/confirm-email/tok",
      address: "ada@example.com",
      hours: 48,
      issuer: "Certification Program",
    },
  ],
  "badge-issued": [
    {
      issuer: "Certification Program",
      recipientName: "Ada",
      badgeName: "Certified: Cloud Administrator",
      url: "https://certs.example.org/claim/tok",
      autoAccepted: false,
    },
    {
      issuer: "Certification Program",
      recipientName: "Ada",
      badgeName: "Certified: Cloud Administrator",
      url: "https://certs.example.org/badges/mine/b1",
      autoAccepted: true,
    },
  ],
  "badge-reminder": [
    {
      issuer: "Certification Program",
      recipientName: "Ada",
      badgeName: "Cloud",
      url: "https://certs.example.org/claim/tok",
      issuedOn: "14 March 2026",
    },
  ],
  "badge-revoked": [
    {
      issuer: "Certification Program",
      recipientName: "Ada",
      badgeName: "Cloud",
      reason: "Issued in error.",
      url: "https://certs.example.org/badges/b1",
    },
  ],
};

// What a name, a reason or an address may hold, and what an attacker would try.
const hostile = [
  `O'Brien & "Sons" <b>bold</b>`,
  "<script>alert(1)</script>",
  "Zoë Ñúñez 李小龙 مريم",
  "a  b", // two spaces: HTML collapses them
  " leading and trailing ",
  "line\nbreak\ttab",
  "",
  "javascript:alert(1)",
  "\uE0000\uE001 looks like a marker",
  "&amp; already escaped &#x27;",
  "x".repeat(300),
];

const calls = (Object.entries(samples) as [EmailTemplateName, object[]][]).flatMap(([template, list]) =>
  list.flatMap((data) => [
    { template, data } as EmailTemplateCall,
    ...Object.keys(data)
      .filter((k) => typeof (data as Record<string, unknown>)[k] === "string")
      .flatMap((field) =>
        hostile.map((value) => ({ template, data: { ...data, [field]: value } }) as EmailTemplateCall),
      ),
  ]),
);

describe("email templates", () => {
  it("has a sample for every template in the registry", () => {
    expect(Object.keys(samples).sort()).toEqual([...emailTemplateNames].sort());
  });

  it("takes the fast path for ordinary values, so the comparison below compares it", () => {
    for (const list of Object.values(samples)) {
      for (const data of list)
        for (const v of Object.values(data)) if (typeof v === "string") expect(substitutable(v)).toBe(true);
    }
    for (const v of ["a  b", " x", "", "javascript:alert(1)", "a\nb", "\uE000"]) expect(substitutable(v)).toBe(false);
  });

  it("renders exactly what React Email renders, for every template and hostile values in every field", async () => {
    for (const call of calls) {
      const fast = await renderEmail(call);
      const direct = await renderEmailDirect(call);
      expect({ call, ...fast }).toEqual({ call, ...direct });
    }
    // About 300 renders through React Email at several milliseconds each, more on a busy machine.
  }, 120_000);

  it("escapes markup in the HTML part and keeps it readable in the text part", async () => {
    for (const name of emailTemplateNames) {
      const data = samples[name][0] as Record<string, unknown>;
      const field = "recipientName" in data ? "recipientName" : "address" in data ? "address" : "host";
      const mail = await renderEmail({
        template: name,
        data: { ...data, [field]: "<script>alert(1)</script>" },
      } as EmailTemplateCall);
      expect(mail.html).not.toContain("<script>");
      expect(mail.text).toContain("<script>alert(1)</script>");
    }
  });

  it("puts the link in the plain-text part, where mail clients without HTML show it", async () => {
    for (const name of emailTemplateNames) {
      for (const data of samples[name] as { url: string }[]) {
        const mail = await renderEmail({ template: name, data } as EmailTemplateCall);
        expect(mail.text).toContain(data.url);
        expect(mail.html).toContain(data.url.replaceAll("&", "&amp;"));
        expect(mail.text).not.toMatch(/[\uE000\uE001]/);
      }
    }
  });
});
