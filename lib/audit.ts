import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db";

export type AuditEntry = {
  actorId: string | null;
  /** dotted verb: badge.resend, candidate.merge, candidate.view, exam.retire, ... */
  action: string;
  targetType: string;
  targetId?: string | null;
  candidateId?: string | null;
  reason?: string | null;
  detail?: Prisma.InputJsonValue;
};

/** Records who did what to which record, in the same transaction as the change itself. */
export async function audit(tx: Tx, entry: AuditEntry) {
  await tx.auditLog.create({ data: entry });
}
