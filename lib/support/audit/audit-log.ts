import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { resolveCandidateRef } from "@/lib/accounts/resolve";
import { auditFilterSchema } from "@/lib/validation/support";
import { requireStaff } from "@/lib/support/guard";

export const AUDIT_PAGE_SIZE = 50;

/** The verbs support's own work writes, offered as suggestions on the audit page (others may appear too). */
export const KNOWN_AUDIT_ACTIONS = [
  "candidate.view",
  "candidate.reactivate",
  "candidate.merge",
  "candidate.merged_into",
  "badge.resend_email",
  "badge.reissue_claim_link",
  "name_change.approve",
  "name_change.reject",
  "exam_result.link",
  "note.add",
];

async function userIdFor(ref: string, candidate: boolean): Promise<string | null> {
  if (/^c[a-z0-9]{20,}$/.test(ref)) return ref;
  if (candidate) return resolveCandidateRef(db, ref);
  const user = await db.user.findUnique({ where: { email: ref.toLowerCase() }, select: { id: true } });
  return user?.id ?? null;
}

/**
 * Who did what, newest first. Each filter narrows through one of AuditLog's (key, createdAt) indexes; an actor or
 * candidate that matches nobody gives an empty page rather than an unfiltered one.
 */
export async function listAuditEntries(input: unknown) {
  await requireStaff();
  const f = auditFilterSchema.parse(input ?? {});
  const where: Prisma.AuditLogWhereInput = {};
  const unknownRef: string[] = [];
  if (f.actor) {
    const id = await userIdFor(f.actor, false);
    if (!id) unknownRef.push("actor");
    where.actorId = id ?? "-";
  }
  if (f.candidate) {
    const id = await userIdFor(f.candidate, true);
    if (!id) unknownRef.push("candidate");
    where.candidateId = id ?? "-";
  }
  if (f.action) where.action = f.action;
  if (f.from || f.to) {
    where.createdAt = {
      ...(f.from ? { gte: new Date(`${f.from}T00:00:00Z`) } : {}),
      // The end date is inclusive: everything before the next midnight.
      ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    };
  }
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        reason: true,
        detail: true,
        createdAt: true,
        candidateId: true,
        actor: { select: { name: true, email: true } },
        candidate: { select: { email: true, profile: { select: { legalFirstName: true, legalLastName: true } } } },
      },
    }),
    db.auditLog.count({ where }),
  ]);
  return {
    filter: f,
    unknownRef,
    page: f.page,
    pageSize: AUDIT_PAGE_SIZE,
    total,
    entries: rows.map((r) => ({
      id: r.id,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      reason: r.reason,
      detail: r.detail,
      createdAt: r.createdAt,
      actor: r.actor ? (r.actor.name ?? r.actor.email) : "system",
      candidateId: r.candidateId,
      candidate: r.candidate
        ? [r.candidate.profile?.legalFirstName, r.candidate.profile?.legalLastName].filter(Boolean).join(" ") ||
          r.candidate.email
        : null,
    })),
  };
}
