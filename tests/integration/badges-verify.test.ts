import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { badgeCacheSettled } from "@/lib/badges/documents/snapshot-cache";
import { revokeBadges } from "@/lib/badges/lifecycle/revoke";
import { unbakePng, unbakeSvg } from "@/lib/badges/artwork/bake";
import { hashRecipient } from "@/lib/badges/documents/recipient";
import { isRevokedInList } from "@/lib/badges/documents/status-list";
import { getVerification, getPublicProfile } from "@/lib/public/badges/verification";
import { GET as assertionGET } from "@/app/api/ob/assertions/[id]/route";
import { GET as badgeClassGET } from "@/app/api/ob/badge-classes/[templateId]/route";
import { GET as issuerGET } from "@/app/api/ob/issuer/route";
import { GET as jwtGET } from "@/app/api/ob/credentials/[id]/jwt/route";
import { GET as credentialGET } from "@/app/api/ob/credentials/[id]/route";
import { GET as jwksGET } from "@/app/api/ob/jwks/route";
import { GET as didGET } from "@/app/.well-known/did.json/route";
import { GET as statusGET } from "@/app/api/ob/status/revocation/route";
import { GET as pngGET } from "@/app/api/ob/assertions/[id]/badge.png/route";
import { GET as svgGET } from "@/app/api/ob/assertions/[id]/badge.svg/route";
import { GET as pageGET } from "@/app/(public)/badges/[id]/route";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { candidateWithBadge } from "./badges-fixtures";

// Reads follow writes at once in these tests, so each waits until the cache has heard of every earlier change.
const as = async <T>(viewer: Parameters<typeof runAsViewer>[0], fn: () => Promise<T>) => {
  await badgeCacheSettled();
  return runAsViewer(viewer, fn);
};
const anon = <T>(fn: () => Promise<T>) => as(null, fn);
const req = (path: string) => new Request(`http://localhost:3000${path}`);
const idCtx = (id: string) => ({ params: Promise.resolve({ id }) });

async function acceptedPublicBadge() {
  const setup = await candidateWithBadge({ autoAccept: true, notify: false });
  return setup;
}

describe("verification of a public badge", () => {
  it("serves OB 2.0 issuer, badge class and hosted assertion with a salted hashed recipient", async () => {
    const { candidate, badgeId, cat } = await acceptedPublicBadge();
    const res = await anon(() => assertionGET(req(`/api/ob/assertions/${badgeId}`), idCtx(badgeId)));
    expect(res.status).toBe(200);
    const assertion = await res.json();
    expect(assertion).toMatchObject({
      "@context": "https://w3id.org/openbadges/v2",
      type: "Assertion",
      id: `http://localhost:3000/api/ob/assertions/${badgeId}`,
      verification: { type: "hosted" },
      badge: `http://localhost:3000/api/ob/badge-classes/${cat.templates.singleCert.id}`,
      recipient: { type: "email", hashed: true },
    });
    expect(assertion.recipient.identity).toBe(hashRecipient(candidate.email, assertion.recipient.salt));
    expect(JSON.stringify(assertion)).not.toContain(candidate.email);
    const cls = await (
      await badgeClassGET(req(""), { params: Promise.resolve({ templateId: cat.templates.singleCert.id }) })
    ).json();
    expect(cls).toMatchObject({
      type: "BadgeClass",
      name: "Certified Administrator",
      issuer: "http://localhost:3000/api/ob/issuer",
      criteria: { narrative: expect.any(String) },
    });
    expect(cls.tags).toEqual([cat.skill.name]);
    expect(await (await issuerGET()).json()).toMatchObject({
      type: "Issuer",
      id: "http://localhost:3000/api/ob/issuer",
    });

    const page = await anon(() => getVerification(badgeId));
    expect(page).toMatchObject({
      kind: "visible",
      status: "valid",
      earner: "Ada Lovelace",
      name: "Certified Administrator",
    });
  });

  it("signs an OB 3.0 credential that verifies with the published key and fails when a byte changes", async () => {
    const { badgeId } = await acceptedPublicBadge();
    const jwt = await (await anon(() => jwtGET(req(""), idCtx(badgeId)))).text();
    const jwks = await (await jwksGET()).json();
    const keys = createLocalJWKSet(jwks);
    const { payload, protectedHeader } = await jwtVerify(jwt, keys, { algorithms: ["EdDSA"] });
    expect(protectedHeader.alg).toBe("EdDSA");
    expect(payload).toMatchObject({
      "@context": [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      ],
      type: ["VerifiableCredential", "OpenBadgeCredential"],
      iss: "did:web:localhost%3A3000",
      jti: `http://localhost:3000/api/ob/credentials/${badgeId}`,
      credentialSubject: {
        type: ["AchievementSubject"],
        achievement: { type: ["Achievement"], name: "Certified Administrator" },
      },
      credentialStatus: { type: "BitstringStatusListEntry", statusPurpose: "revocation" },
    });
    expect(payload.validFrom).toBeTruthy();
    expect(payload.validUntil).toBe("2027-03-01T00:00:00.000Z");
    expect(payload.exp).toBe(Date.parse("2027-03-01") / 1000);

    // The same key is in the did:web document under the JWT's kid.
    const did = await (await didGET()).json();
    expect(did.id).toBe("did:web:localhost%3A3000");
    expect(did.verificationMethod.map((m: { id: string }) => m.id)).toContain(decodeProtectedHeader(jwt).kid);

    // Change one byte of the payload: the signature no longer matches.
    const [h, p, s] = jwt.split(".");
    const bytes = Buffer.from(p, "base64url");
    bytes[bytes.indexOf("Administrator")] ^= 0x20;
    await expect(jwtVerify(`${h}.${bytes.toString("base64url")}.${s}`, keys)).rejects.toThrow(/signature/);
    // ... and a byte of the signature.
    const sig = Buffer.from(s, "base64url");
    sig[0] ^= 1;
    await expect(jwtVerify(`${h}.${p}.${sig.toString("base64url")}`, keys)).rejects.toThrow(/signature/);

    const json = await (await anon(() => credentialGET(req(""), idCtx(badgeId)))).json();
    expect(json.id).toBe(payload.jti);
  });

  it("bakes the assertion into the downloaded PNG and SVG", async () => {
    const { badgeId } = await acceptedPublicBadge();
    const png = Buffer.from(await (await anon(() => pngGET(req(""), idCtx(badgeId)))).arrayBuffer());
    const fromPng = unbakePng(png);
    expect(JSON.parse(fromPng.ob2!).id).toBe(`http://localhost:3000/api/ob/assertions/${badgeId}`);
    expect(fromPng.ob3!.split(".")).toHaveLength(3);
    const svg = await (await anon(() => svgGET(req(""), idCtx(badgeId)))).text();
    const fromSvg = unbakeSvg(svg);
    expect(fromSvg.verifyUrl).toBe(`http://localhost:3000/api/ob/assertions/${badgeId}`);
    expect(JSON.parse(fromSvg.ob2!).type).toBe("Assertion");
  });

  it("after revocation: the assertion answers 410 {revoked: true}, the page says revoked, the status bit is set", async () => {
    const admin = await makeStaff("ADMIN");
    const { badgeId } = await acceptedPublicBadge();
    await db.$transaction((tx) =>
      revokeBadges(tx, { badgeIds: [badgeId], reason: "Result voided after review", notify: false, actorId: admin.id }),
    );
    const res = await anon(() => assertionGET(req(""), idCtx(badgeId)));
    expect(res.status).toBe(410);
    expect(await res.json()).toMatchObject({ revoked: true, revocationReason: "Result voided after review" });
    const page = await anon(() => getVerification(badgeId));
    expect(page).toMatchObject({ kind: "visible", status: "revoked", revocationReason: "Result voided after review" });

    const badge = await db.badge.findUniqueOrThrow({ where: { id: badgeId } });
    const list = await (await statusGET(req("/api/ob/status/revocation"))).json();
    expect(list.type).toEqual(["VerifiableCredential", "BitstringStatusListCredential"]);
    expect(isRevokedInList(list.credentialSubject.encodedList, badge.statusListIndex)).toBe(true);
    expect(isRevokedInList(list.credentialSubject.encodedList, badge.statusListIndex + 1)).toBe(false);
    // The signed form of the list verifies with the same keys.
    const signed = await (await statusGET(req("/api/ob/status/revocation?format=jwt"))).text();
    await expect(jwtVerify(signed, createLocalJWKSet(await (await jwksGET()).json()))).resolves.toBeTruthy();
    // Downloads of a revoked badge are no longer offered.
    expect((await anon(() => pngGET(req(""), idCtx(badgeId)))).status).toBe(404);
  });

  it("shows an expired badge as expired", async () => {
    const { badgeId } = await acceptedPublicBadge();
    await db.badge.update({ where: { id: badgeId }, data: { expiresOn: new Date(Date.now() - 86_400_000) } });
    expect(await anon(() => getVerification(badgeId))).toMatchObject({ status: "expired" });
  });

  it("shows the renewal history recorded on the badge", async () => {
    const { badgeId } = await acceptedPublicBadge();
    await db.badgeEvent.create({
      data: { badgeId, type: "RENEWED", detail: { previousExpiresOn: "2027-03-01", newExpiresOn: "2028-03-01" } },
    });
    const page = await anon(() => getVerification(badgeId));
    expect(page?.kind === "visible" && page.renewals).toEqual([
      expect.objectContaining({ previousExpiresOn: "2027-03-01", newExpiresOn: "2028-03-01" }),
    ]);
  });
});

describe("the verification page", () => {
  it("is one script-free document, its names escaped, its policy allowing no script at all", async () => {
    const { candidate, badgeId } = await acceptedPublicBadge();
    await db.candidateProfile.update({
      where: { userId: candidate.id },
      data: { legalLastName: `<img src=x onerror=alert(1)>"` },
    });
    const res = await anon(() => pageGET(req(`/badges/${badgeId}`), idCtx(badgeId)));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain("script-src");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const body = await res.text();
    expect(body).not.toMatch(/<script/i);
    expect(body).not.toContain("<img src=x");
    expect(body).toContain("Ada &#60;img src=x onerror=alert(1)&#62;&#34;");
    expect(body).toContain("This badge is valid.");
    expect(body).toContain(`<meta property="og:url" content="http://localhost:3000/badges/${badgeId}">`);
    // The inline stylesheet is the one the policy's hash allows.
    const { createHash } = await import("node:crypto");
    const style = /<style>([\s\S]*?)<\/style>/.exec(body)![1];
    expect(csp).toContain(`'sha256-${createHash("sha256").update(style).digest("base64")}'`);
  });

  it("answers 404 for no such badge and says only 'private' for a private one", async () => {
    const missing = await anon(() => pageGET(req(""), idCtx("00000000-0000-4000-8000-000000000000")));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Badge not found");
    const { badgeId } = await acceptedPublicBadge();
    await db.badge.update({ where: { id: badgeId }, data: { public: false } });
    const hidden = await anon(() => pageGET(req(""), idCtx(badgeId)));
    const body = await hidden.text();
    expect(body).toContain("This badge is private");
    expect(body).not.toContain("Certified Administrator");
    expect(body).toContain('<meta name="robots" content="noindex">');
  });
});

describe("privacy", () => {
  it("hides private, pending and rejected badges from everyone, the earner included on the public page", async () => {
    const { candidate, badgeId } = await acceptedPublicBadge();
    await db.badge.update({ where: { id: badgeId }, data: { public: false } });
    const stranger = await makeCandidate();
    const support = await makeStaff("SUPPORT");
    for (const viewer of [null, viewerOf(stranger), viewerOf(support)]) {
      expect(await as(viewer, () => getVerification(badgeId))).toEqual({ kind: "private" });
      expect((await as(viewer, () => assertionGET(req(""), idCtx(badgeId)))).status).toBe(404);
      expect((await as(viewer, () => jwtGET(req(""), idCtx(badgeId)))).status).toBe(404);
      expect((await as(viewer, () => pngGET(req(""), idCtx(badgeId)))).status).toBe(404);
    }
    // The public page looks the same to everyone; the earner's own documents stay theirs to download.
    expect(await as(viewerOf(candidate), () => getVerification(badgeId))).toEqual({ kind: "private" });
    expect((await as(viewerOf(candidate), () => assertionGET(req(""), idCtx(badgeId)))).status).toBe(200);

    await db.badge.update({ where: { id: badgeId }, data: { public: true, state: "PENDING", acceptedAt: null } });
    expect(await anon(() => getVerification(badgeId))).toBeNull();
    expect((await anon(() => assertionGET(req(""), idCtx(badgeId)))).status).toBe(404);
    await db.badge.update({ where: { id: badgeId }, data: { state: "REJECTED" } });
    expect(await anon(() => getVerification(badgeId))).toBeNull();
    expect(await as(viewerOf(candidate), () => getVerification(badgeId))).toBeNull();
    expect(await anon(() => getVerification("not-a-uuid"))).toBeNull();
  });

  it("lists only public accepted badges on a public profile, and nothing for a private profile", async () => {
    const { candidate, badgeId, cat } = await acceptedPublicBadge();
    const { issueBadges } = await import("@/lib/badges/lifecycle/issue");
    await db.candidateProfile.update({ where: { userId: candidate.id }, data: { autoAcceptBadges: false } });
    await db.$transaction((tx) =>
      issueBadges(tx, [{ templateId: cat.templates.partA.id, userId: candidate.id, earningKey: "k1" }], {
        notify: false,
      }),
    );
    const slug = candidate.profile!.publicSlug;
    const profile = await anon(() => getPublicProfile(slug));
    expect(profile?.badges.map((b) => b.id)).toEqual([badgeId]);
    await db.badge.update({ where: { id: badgeId }, data: { public: false } });
    expect((await anon(() => getPublicProfile(slug)))?.badges).toEqual([]);
    await db.candidateProfile.update({ where: { userId: candidate.id }, data: { profilePublic: false } });
    expect(await anon(() => getPublicProfile(slug))).toBeNull();
  });

  it("links the verification page to the profile only when the earner allows it", async () => {
    const { candidate, badgeId } = await acceptedPublicBadge();
    expect(await anon(() => getVerification(badgeId))).toMatchObject({
      profileUrl: `/u/${candidate.profile!.publicSlug}`,
    });
    await db.candidateProfile.update({ where: { userId: candidate.id }, data: { linkBadgesToProfile: false } });
    expect(await anon(() => getVerification(badgeId))).toMatchObject({ profileUrl: null });
  });
});
