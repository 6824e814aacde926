import "server-only";
import { db } from "@/lib/db";
import { effectiveStatus } from "@/lib/rules/renewal-status";

/** Certificate numbers as printed: CN- and ten Crockford characters. */
const CERTIFICATE_NUMBER = /^CN-[0-9A-HJKMNP-TV-Z]{10}$/;

/**
 * Public verification of a printed certificate (the QR code points here). Tells only what the certificate itself
 * says: whose it is, which certification, its dates and whether it still holds. Anyone may ask.
 */
export async function verifyCertificate(rawNumber: string, now = new Date()) {
  const number = rawNumber.trim().toUpperCase();
  if (!CERTIFICATE_NUMBER.test(number)) return null;
  const earned = await db.earnedCertification.findUnique({
    where: { certificateNumber: number },
    select: {
      earnedOn: true,
      expiresOn: true,
      renewedOn: true,
      status: true,
      certificateNumber: true,
      certification: { select: { title: true, status: true, retiredOn: true } },
      user: { select: { profile: { select: { legalFirstName: true, legalLastName: true } } } },
    },
  });
  if (!earned?.user.profile) return null;
  const status = effectiveStatus(
    {
      expiresOn: earned.expiresOn,
      certificationRetired: earned.certification.status === "RETIRED",
      storedStatus: earned.status,
    },
    now,
  );
  return {
    certificateNumber: earned.certificateNumber,
    holderName: `${earned.user.profile.legalFirstName} ${earned.user.profile.legalLastName}`.trim(),
    certificationTitle: earned.certification.title,
    earnedOn: earned.earnedOn,
    expiresOn: earned.expiresOn,
    renewedOn: earned.renewedOn,
    retiredOn: earned.certification.retiredOn,
    status,
  };
}
