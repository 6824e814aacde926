import "server-only";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/support/guard";
import { renewalHistory } from "@/lib/records/renewal-history";

/** Any candidate's renewal history for one certification, for the support console. */
export async function listRenewals(earnedCertificationId: string) {
  await requireStaff();
  return renewalHistory(db, earnedCertificationId);
}
