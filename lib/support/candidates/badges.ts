import "server-only";
import { db } from "@/lib/db";
import { verificationStatus } from "@/lib/badges/documents/snapshot";
import { requireStaff } from "@/lib/support/guard";

/** Staff view of a candidate's badges with their claim history (the support console's badge tab). */
export async function listCandidateBadgesForStaff(candidateId: string) {
  await requireStaff();
  const badges = await db.badge.findMany({
    where: { userId: candidateId },
    orderBy: { issuedOn: "desc" },
    select: {
      id: true,
      state: true,
      public: true,
      issuedOn: true,
      expiresOn: true,
      recipientEmail: true,
      revocationReason: true,
      remindersSent: true,
      template: { select: { name: true } },
      events: { orderBy: { at: "asc" }, select: { type: true, at: true, actorId: true, detail: true } },
    },
  });
  return badges.map((b) => ({ ...b, name: b.template.name, status: verificationStatus(b), template: undefined }));
}
