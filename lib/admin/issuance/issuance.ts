import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { requireAdmin } from "@/lib/admin/guard";
import { issueBadges } from "@/lib/badges/lifecycle/issue";
import { revokeBadges } from "@/lib/badges/lifecycle/revoke";
import { resolveUsersByEmail } from "@/lib/accounts/resolve-emails";
import { bulkIssueSchema, bulkRevokeSchema, splitEmails } from "@/lib/validation/catalogue";
import type { z } from "zod";

const TX = { timeout: 120_000, maxWait: 15_000 };

/** The earning key of a badge given by hand: one per template and candidate, so issuing twice gives nothing new. */
const manualEarningKey = (templateId: string) => `manual:${templateId}`;

export type BulkIssueReport = {
  issued: number;
  alreadyHeld: number;
  emailsQueued: number;
  unknownEmails: string[];
  invalidEmails: string[];
};

/** Issues a template's badge to a list of addresses, with the same idempotency and notification rules as earning it. */
export async function bulkIssueBadges(raw: z.input<typeof bulkIssueSchema>): Promise<BulkIssueReport> {
  const viewer = await requireAdmin();
  const input = bulkIssueSchema.parse(raw);
  const template = await db.badgeTemplate.findUnique({
    where: { id: input.templateId },
    select: { id: true, name: true, status: true },
  });
  if (!template) throw new DomainError("Choose a badge template.", { templateId: ["That template does not exist."] });
  if (template.status === "RETIRED")
    throw new DomainError("That template is retired.", { templateId: ["Retired templates issue no new badges."] });
  const { valid, invalid } = splitEmails(input.emails);
  const owners = await resolveUsersByEmail(db, valid);
  const unknownEmails = valid.filter((e) => !owners.has(e));
  const userIds = [...new Set(owners.values())];

  const result = await db.$transaction(async (tx) => {
    const issued = await issueBadges(
      tx,
      userIds.map((userId) => ({ templateId: template.id, userId, earningKey: manualEarningKey(template.id) })),
      { actorId: viewer.userId, notify: input.notify },
    );
    const byUser = await tx.badge.findMany({
      where: { id: { in: issued.badgeIds } },
      select: { id: true, userId: true },
    });
    await tx.auditLog.createMany({
      data: byUser.map((b) => ({
        actorId: viewer.userId,
        action: "badge.issue",
        targetType: "Badge",
        targetId: b.id,
        candidateId: b.userId,
        detail: { templateId: template.id, bulk: true },
      })),
    });
    await audit(tx, {
      actorId: viewer.userId,
      action: "badges.bulk_issue",
      targetType: "BadgeTemplate",
      targetId: template.id,
      detail: {
        requested: input.emails.length,
        issued: issued.badgeIds.length,
        unknown: unknownEmails.length,
        invalid: invalid.length,
        notify: input.notify,
      },
    });
    return issued;
  }, TX);
  return {
    issued: result.badgeIds.length,
    alreadyHeld: userIds.length - result.badgeIds.length,
    emailsQueued: result.emailsQueued,
    unknownEmails,
    invalidEmails: invalid,
  };
}

export type BulkRevokeReport = {
  revoked: number;
  alreadyRevoked: number;
  emailsQueued: number;
  /** Addresses or ids with no badge to revoke. */
  notFound: string[];
  invalidEmails: string[];
};

/**
 * Revokes badges chosen by id, or by template and earners' addresses. The reason is shown on the verification
 * page at once; earners are told by email only when asked.
 */
export async function bulkRevokeBadges(raw: z.input<typeof bulkRevokeSchema>): Promise<BulkRevokeReport> {
  const viewer = await requireAdmin();
  const input = bulkRevokeSchema.parse(raw);
  const notFoundList: string[] = [];
  let invalidEmails: string[] = [];
  let badges: { id: string; userId: string; state: string }[] = [];

  if (input.badgeIds?.length) {
    badges = await db.badge.findMany({
      where: { id: { in: input.badgeIds } },
      select: { id: true, userId: true, state: true },
    });
    const known = new Set(badges.map((b) => b.id));
    notFoundList.push(...input.badgeIds.filter((id) => !known.has(id)));
  }
  if (input.templateId && input.emails?.length) {
    const split = splitEmails(input.emails);
    invalidEmails = split.invalid;
    const owners = await resolveUsersByEmail(db, split.valid);
    const found = await db.badge.findMany({
      where: { templateId: input.templateId, userId: { in: [...new Set(owners.values())] } },
      select: { id: true, userId: true, state: true },
    });
    const holders = new Set(found.map((b) => b.userId));
    notFoundList.push(...split.valid.filter((e) => !owners.has(e) || !holders.has(owners.get(e)!)));
    badges = [...new Map([...badges, ...found].map((b) => [b.id, b])).values()];
  }

  const result = await db.$transaction(async (tx) => {
    const revoked = await revokeBadges(tx, {
      badgeIds: badges.map((b) => b.id),
      reason: input.reason,
      notify: input.notify,
      actorId: viewer.userId,
    });
    const now = await tx.badge.findMany({
      where: { id: { in: badges.map((b) => b.id) }, state: "REVOKED" },
      select: { id: true, userId: true, revokedAt: true },
    });
    const before = new Map(badges.map((b) => [b.id, b.state]));
    const fresh = now.filter((b) => before.get(b.id) !== "REVOKED");
    await tx.auditLog.createMany({
      data: fresh.map((b) => ({
        actorId: viewer.userId,
        action: "badge.revoke",
        targetType: "Badge",
        targetId: b.id,
        candidateId: b.userId,
        reason: input.reason,
        detail: { bulk: true, notify: input.notify },
      })),
    });
    await audit(tx, {
      actorId: viewer.userId,
      action: "badges.bulk_revoke",
      targetType: "Badge",
      targetId: input.templateId ?? null,
      reason: input.reason,
      detail: {
        selected: badges.length,
        revoked: revoked.revoked,
        notify: input.notify,
        notFound: notFoundList.length,
      },
    });
    return revoked;
  }, TX);
  return {
    revoked: result.revoked,
    alreadyRevoked: badges.length - result.revoked,
    emailsQueued: result.emailsQueued,
    notFound: notFoundList,
    invalidEmails,
  };
}
