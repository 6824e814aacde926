import "server-only";
import { db } from "@/lib/db";
import { viewerIfAny } from "@/lib/public/guard";
import { bakePng, bakeSvg } from "@/lib/badges/artwork/bake";
import { getTemplateImage } from "@/lib/badges/artwork/images";
import { activeSigningKey, didDocument, jwks } from "@/lib/badges/documents/keys";
import { ob2Assertion, ob2BadgeClass, ob2Issuer, ob2RevocationList, ob2Revoked } from "@/lib/badges/documents/ob2";
import { ob3Achievement, ob3Credential, signCredential, statusListCredential } from "@/lib/badges/documents/ob3";
import { isPubliclyVisible, templateFactsFields, type BadgeSnapshot } from "@/lib/badges/documents/snapshot";
import { cachedBadgeSnapshot } from "@/lib/badges/documents/snapshot-cache";
import { badgeUrls } from "@/lib/badges/documents/urls";
import { badgeId } from "@/lib/validation/badges";

/**
 * The Open Badges documents behind the stable URLs. Issuer-wide documents (issuer profile, badge classes, keys,
 * status lists) describe no person and are public by design. Per-badge documents follow the verification page's
 * rule: public accepted badges for anyone, any of their own badges for the earner, 404 otherwise; a revoked one
 * answers 410 as OB 2.0 hosted verification requires.
 */
export type DocResult<T> = { status: 200; body: T } | { status: 404 } | { status: 410; body: unknown };

/** The badge if this viewer may see it. */
async function visibleSnapshot(id: string): Promise<BadgeSnapshot | null> {
  if (!badgeId.safeParse(id).success) return null;
  // Public badges, the case verifiers hit, are answered from the cache without looking up a session.
  const b = await cachedBadgeSnapshot(id);
  if (!b) return null;
  if (isPubliclyVisible(b)) return b;
  const viewer = await viewerIfAny();
  if (viewer?.userId === b.userId && b.state !== "REJECTED") return b;
  return null;
}

export async function assertionDocument(id: string): Promise<DocResult<ReturnType<typeof ob2Assertion>>> {
  if (!badgeId.safeParse(id).success) return { status: 404 };
  const b = await visibleSnapshot(id);
  if (!b) {
    // A revoked badge stays verifiable as revoked even when nobody may see it any more.
    const revoked = await cachedBadgeSnapshot(id);
    return revoked?.state === "REVOKED" ? { status: 410, body: ob2Revoked(revoked) } : { status: 404 };
  }
  if (b.state === "REVOKED") return { status: 410, body: ob2Revoked(b) };
  return { status: 200, body: ob2Assertion(b) };
}

export async function credentialDocument(id: string) {
  const b = await visibleSnapshot(id);
  if (!b) return null;
  const credential = ob3Credential(b);
  return {
    credential,
    jwt: await signCredential(credential, await activeSigningKey(db)),
    revoked: b.state === "REVOKED",
  };
}

export async function bakedBadge(id: string, format: "png" | "svg") {
  const b = await visibleSnapshot(id);
  if (!b || b.state === "REVOKED") return null;
  const assertion = JSON.stringify(ob2Assertion(b));
  const jwt = await signCredential(ob3Credential(b), await activeSigningKey(db));
  const image = await getTemplateImage(
    db,
    b.template.id,
    format === "png" ? { format: "png", size: 600 } : { format: "svg" },
  );
  const filename = `${
    b.template.name
      .replace(/[^A-Za-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .toLowerCase() || "badge"
  }.${format}`;
  if (format === "png")
    return { bytes: bakePng(image.bytes, { ob2: assertion, ob3: jwt }), mimeType: "image/png", filename };
  return {
    bytes: Buffer.from(
      bakeSvg(image.bytes.toString("utf8"), { ob2: { assertion, verifyUrl: badgeUrls.assertion(b.id) }, ob3: jwt }),
    ),
    mimeType: "image/svg+xml",
    filename,
  };
}

async function templateFacts(templateId: string) {
  const t = await db.badgeTemplate.findUnique({
    where: { id: templateId },
    select: templateFactsFields,
  });
  if (!t) return null;
  return {
    id: t.id,
    name: t.name,
    description: t.description,
    criteria: t.criteria,
    skills: t.skills,
    kind: t.certification ? ("certification" as const) : ("exam" as const),
    level: t.certification?.level ?? null,
    code: t.certification?.code ?? t.exam?.code ?? null,
  };
}

export async function badgeClassDocument(templateId: string) {
  const t = await templateFacts(templateId);
  return t ? ob2BadgeClass(t) : null;
}

export async function achievementDocument(templateId: string) {
  const t = await templateFacts(templateId);
  return t
    ? {
        "@context": [
          "https://www.w3.org/ns/credentials/v2",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
        ],
        ...ob3Achievement(t),
      }
    : null;
}

export async function templateImage(templateId: string, format: "png" | "svg", size: number) {
  const exists = await db.badgeTemplate.findUnique({ where: { id: templateId }, select: { id: true } });
  if (!exists) return null;
  return getTemplateImage(db, templateId, { format, size });
}

export const issuerDocument = () => ob2Issuer();
export const jwksDocument = () => jwks(db);
export const didWebDocument = () => didDocument(db);

async function revokedBadges() {
  return db.badge.findMany({
    where: { state: "REVOKED" },
    select: { id: true, revocationReason: true, statusListIndex: true },
  });
}

export async function revocationListDocument() {
  return ob2RevocationList(await revokedBadges());
}

/** The revocation status list, unsigned (JSON) and as a VC-JWT signed like the credentials that point at it. */
export async function statusListDocument() {
  const credential = statusListCredential((await revokedBadges()).map((b) => b.statusListIndex));
  return { credential, jwt: await signCredential(credential, await activeSigningKey(db)) };
}
