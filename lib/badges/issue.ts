import type { Tx } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { badgeIssuedEmail } from "@/lib/email/templates/badge-issued";
import { mintClaimTokens } from "@/lib/badges/claim-tokens";
import { greetingName } from "@/lib/badges/display-name";
import { queueBadgeMails, type BadgeMail } from "@/lib/badges/mail";
import { newRecipientSalt } from "@/lib/badges/recipient";
import { badgeUrls } from "@/lib/badges/urls";
import { badgeVerdict, type BadgeRequest, type ExamRecord, type CertificationRecord } from "@/lib/badges/rules";

export type IssueRequest = BadgeRequest;
export type IssueOptions = { actorId?: string; notify?: boolean; now?: Date };
export type IssueResult = { badgeIds: string[]; emailsQueued: number };

/**
 * Issues badges. Idempotent and safe under concurrent imports: the unique (template, recipient, earning key) and
 * INSERT ... ON CONFLICT DO NOTHING mean a repeat creates nothing, and only badges created by this call are
 * returned, notified and recorded. Candidates who accept badges automatically get them ACCEPTED; the email still
 * tells them. A fixed number of statements however many requests.
 */
export async function issueBadges(tx: Tx, requests: IssueRequest[], opts: IssueOptions = {}): Promise<IssueResult> {
  const now = opts.now ?? new Date();
  const unique = [...new Map(requests.map((r) => [`${r.templateId}|${r.userId}|${r.earningKey}`, r])).values()];
  if (unique.length === 0) return { badgeIds: [], emailsQueued: 0 };

  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(unique.map((r) => r.userId))] } },
    select: { id: true, email: true, name: true, profile: { select: { autoAcceptBadges: true, preferredName: true, legalFirstName: true, legalLastName: true } } },
  });
  const userById = new Map(users.map((u) => [u.id, u]));
  const rows = unique
    .filter((r) => userById.has(r.userId))
    .map((r) => {
      const auto = userById.get(r.userId)!.profile?.autoAcceptBadges ?? false;
      return {
        templateId: r.templateId,
        userId: r.userId,
        earningKey: r.earningKey,
        examResultId: r.examResultId ?? null,
        earnedCertificationId: r.earnedCertificationId ?? null,
        expiresOn: r.expiresOn ?? null,
        recipientEmail: userById.get(r.userId)!.email,
        recipientSalt: newRecipientSalt(),
        state: auto ? ("ACCEPTED" as const) : ("PENDING" as const),
        acceptedAt: auto ? now : null,
        issuedOn: now,
      };
    });
  const created = await tx.badge.createManyAndReturn({
    data: rows,
    skipDuplicates: true,
    select: { id: true, userId: true, state: true, recipientEmail: true, template: { select: { name: true } } },
  });
  if (created.length === 0) return { badgeIds: [], emailsQueued: 0 };

  const events: Prisma.BadgeEventCreateManyInput[] = created.flatMap((b) => [
    { badgeId: b.id, type: "ISSUED" as const, at: now, actorId: opts.actorId ?? null },
    ...(b.state === "ACCEPTED" ? [{ badgeId: b.id, type: "AUTO_ACCEPTED" as const, at: now }] : []),
  ]);
  await tx.badgeEvent.createMany({ data: events });

  let emailsQueued = 0;
  if (opts.notify ?? true) {
    const pending = created.filter((b) => b.state === "PENDING").map((b) => b.id);
    const tokens = await mintClaimTokens(tx, pending, now);
    const issuer = env().ISSUER_NAME;
    const mails: BadgeMail[] = created.map((b) => {
      const token = tokens.get(b.id);
      const autoAccepted = !token;
      const rendered = badgeIssuedEmail({
        issuer,
        recipientName: greetingName(userById.get(b.userId)!),
        badgeName: b.template.name,
        url: token ? badgeUrls.claim(token) : `${badgeUrls.base()}/badges/mine/${b.id}`,
        autoAccepted,
      });
      return { ...rendered, template: "badge-issued", to: b.recipientEmail, userId: b.userId, badgeId: b.id, sensitive: !autoAccepted };
    });
    emailsQueued = await queueBadgeMails(tx, mails);
  }
  return { badgeIds: created.map((b) => b.id), emailsQueued };
}

/**
 * Applies the program's issuance rules (lib/badges/rules.ts) to records already stored: passed exam results that
 * belong to a candidate, and earned certifications. Three queries plus issueBadges' fixed few, so imports call it
 * once per chunk.
 */
export async function issueBadgesForRecords(
  tx: Tx,
  input: { examResultIds?: string[]; earnedCertificationIds?: string[] },
  opts: IssueOptions = {},
): Promise<IssueResult> {
  const examIds = [...new Set(input.examResultIds ?? [])];
  const certIds = [...new Set(input.earnedCertificationIds ?? [])];
  const template = { select: { id: true, inBadgeProgram: true } };
  const [results, earned] = await Promise.all([
    examIds.length
      ? tx.examResult.findMany({
          where: { id: { in: examIds }, userId: { not: null }, passed: true },
          select: {
            id: true,
            userId: true,
            passed: true,
            exam: { select: { badgeTemplate: template, certifications: { select: { certification: { select: { requirement: true, requiredCount: true } } } } } },
          },
        })
      : [],
    certIds.length
      ? tx.earnedCertification.findMany({
          where: { id: { in: certIds } },
          select: { id: true, userId: true, expiresOn: true, certification: { select: { badgeTemplate: template } } },
        })
      : [],
  ]);
  const records: (ExamRecord | CertificationRecord)[] = [
    ...results.map((r): ExamRecord => ({
      kind: "exam",
      id: r.id,
      userId: r.userId,
      passed: r.passed,
      template: r.exam.badgeTemplate,
      certifications: r.exam.certifications.map((c) => c.certification),
    })),
    ...earned.map((e): CertificationRecord => ({ kind: "certification", id: e.id, userId: e.userId, expiresOn: e.expiresOn, template: e.certification.badgeTemplate })),
  ];
  const requests = records.flatMap((r) => {
    const verdict = badgeVerdict(r);
    return verdict.request ? [verdict.request] : [];
  });
  return issueBadges(tx, requests, opts);
}
