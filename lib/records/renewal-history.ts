import type { Db } from "@/lib/db";

/**
 * A certification's renewals, newest first; with `ownerId`, only when that account owns the certification. The one
 * query behind the candidate's own history and the support console's.
 */
export function renewalHistory(client: Db, earnedCertificationId: string, ownerId?: string) {
  return client.certificationRenewal.findMany({
    where: { earnedCertificationId, ...(ownerId ? { earnedCertification: { userId: ownerId } } : {}) },
    orderBy: { renewedOn: "desc" },
    select: { id: true, renewedOn: true, previousExpiresOn: true, newExpiresOn: true, source: true },
  });
}
