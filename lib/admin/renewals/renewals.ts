import "server-only";
import { db } from "@/lib/db";
import { requireAdmin } from "@/lib/admin/guard";
import { renewCertification } from "@/lib/records/renew-certification";

export type RecordRenewalInput = { renewedOn?: Date; sourceRecordId?: string | null; reason?: string | null };

/**
 * An administrator records a renewal by hand (a renewal assessment passed outside the imports, a correction).
 * Same rules as imported renewals: only within the renewal window, one validity period from the current expiry.
 */
export async function recordRenewal(earnedCertificationId: string, input: RecordRenewalInput = {}) {
  const viewer = await requireAdmin();
  return db.$transaction((tx) =>
    renewCertification(tx, earnedCertificationId, {
      renewedOn: input.renewedOn ?? new Date(),
      source: input.reason ? `admin: ${input.reason}` : "admin",
      sourceRecordId: input.sourceRecordId ?? null,
      actorId: viewer.userId,
    }),
  );
}
