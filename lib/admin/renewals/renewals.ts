import "server-only";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/session";
import { renewCertification } from "@/lib/records/renew-certification";

export type RecordRenewalInput = { renewedOn?: Date; sourceRecordId?: string | null; reason?: string | null };

/**
 * An administrator records a renewal by hand (a renewal assessment passed outside the imports, a correction).
 * Same rules as imported renewals: only within the renewal window, one validity period from the current expiry.
 */
export async function recordRenewal(earnedCertificationId: string, input: RecordRenewalInput = {}) {
  const viewer = await requireRole("ADMIN");
  return db.$transaction((tx) =>
    renewCertification(tx, earnedCertificationId, {
      renewedOn: input.renewedOn ?? new Date(),
      source: input.reason ? `admin: ${input.reason}` : "admin",
      sourceRecordId: input.sourceRecordId ?? null,
      actorId: viewer.userId,
    }),
  );
}

/** A candidate's renewal history for one of their certifications (the owner or staff). */
export async function listRenewals(earnedCertificationId: string) {
  const viewer = await requireRole("CANDIDATE", "SUPPORT", "ADMIN");
  const rows = await db.certificationRenewal.findMany({
    where: {
      earnedCertificationId,
      ...(viewer.role === "CANDIDATE" ? { earnedCertification: { userId: viewer.userId } } : {}),
    },
    orderBy: { renewedOn: "desc" },
    select: { id: true, renewedOn: true, previousExpiresOn: true, newExpiresOn: true, source: true },
  });
  return rows;
}
