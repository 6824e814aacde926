import { exportJWK, exportPKCS8, generateKeyPair, importPKCS8, type JWK } from "jose";
import type { Db } from "@/lib/db";
import { badgeUrls } from "@/lib/badges/documents/urls";

export const SIGNING_ALG = "EdDSA";
/** The first key's id is fixed, so two instances generating it at once agree on one row. */
const FIRST_KEY_ID = "ed25519-1";

export type SigningKey = { kid: string; privateKey: CryptoKey; publicJwk: JWK };

/** The verification method id of a key in the did:web document (also the JWT "kid" and the JWKS "kid"). */
export const verificationMethodId = (keyId: string) => `${badgeUrls.did()}#${keyId}`;

/** The active signing key, generated on first use. The private key never leaves the server. */
export async function activeSigningKey(db: Db): Promise<SigningKey> {
  let key = await db.issuerKey.findFirst({
    where: { active: true },
    orderBy: { createdAt: "desc" },
    omit: { privateKeyPem: false },
  });
  if (!key) {
    const { publicKey, privateKey } = await generateKeyPair(SIGNING_ALG, { crv: "Ed25519", extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), alg: SIGNING_ALG, use: "sig" };
    await db.issuerKey.createMany({
      data: [{ id: FIRST_KEY_ID, publicJwk, privateKeyPem: await exportPKCS8(privateKey) }],
      skipDuplicates: true,
    });
    key = await db.issuerKey.findFirstOrThrow({
      where: { active: true },
      orderBy: { createdAt: "desc" },
      omit: { privateKeyPem: false },
    });
  }
  return {
    kid: verificationMethodId(key.id),
    privateKey: await importPKCS8(key.privateKeyPem, SIGNING_ALG),
    publicJwk: key.publicJwk as JWK,
  };
}

/** Every key that ever signed, so credentials signed before a rotation still verify. */
export async function publishedKeys(db: Db) {
  await activeSigningKey(db);
  const keys = await db.issuerKey.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, publicJwk: true } });
  return keys.map((k) => ({ ...(k.publicJwk as JWK), kid: verificationMethodId(k.id), alg: SIGNING_ALG, use: "sig" }));
}

export async function jwks(db: Db) {
  return { keys: await publishedKeys(db) };
}

/** did:web document for the issuer (served at /.well-known/did.json). */
export async function didDocument(db: Db) {
  const did = badgeUrls.did();
  const keys = await publishedKeys(db);
  const methods = keys.map((k) => ({
    id: k.kid,
    type: "JsonWebKey",
    controller: did,
    publicKeyJwk: { kty: k.kty, crv: k.crv, x: k.x },
  }));
  return {
    "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/jwk/v1"],
    id: did,
    verificationMethod: methods,
    assertionMethod: methods.map((m) => m.id),
    authentication: methods.map((m) => m.id),
  };
}
