import "server-only";
import { db } from "@/lib/db";
import { requireCandidate } from "@/lib/candidate/guard";
import { renewalHistory } from "@/lib/records/renewal-history";

/** The renewal history of one of the viewer's own certifications (empty for anyone else's). */
export async function listMyRenewals(earnedCertificationId: string) {
  const viewer = await requireCandidate();
  return renewalHistory(db, earnedCertificationId, viewer.userId);
}
