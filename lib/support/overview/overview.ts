import "server-only";
import { db } from "@/lib/db";
import { requireStaff } from "@/lib/support/guard";

/** The numbers staff start their day with. Support and admins only. */
export async function getStaffOverview() {
  await requireStaff();
  const [candidates, inactive, unmatchedResults, pendingNameChanges, failedMail] = await Promise.all([
    db.user.count({ where: { role: "CANDIDATE", status: { not: "MERGED" } } }),
    db.user.count({ where: { role: "CANDIDATE", status: "INACTIVE" } }),
    db.examResult.count({ where: { userId: null } }),
    db.nameChangeRequest.count({ where: { status: "PENDING" } }),
    db.emailMessage.count({ where: { status: "FAILED" } }),
  ]);
  return { candidates, inactive, unmatchedResults, pendingNameChanges, failedMail };
}
