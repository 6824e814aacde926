import "server-only";
import { nameChangeFields } from "@/lib/accounts/name-change-fields";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { formatMcid } from "@/lib/rules/mcid";
import { candidateOr404 } from "@/lib/accounts/candidate-or-404";
import { requireStaff } from "@/lib/support/guard";

/**
 * Everything support needs to answer a candidate in one read, as a DTO: no token hashes, access codes or
 * share ids leave this function. Every call is itself recorded (candidate.view).
 */
export async function getCandidateCase(userId: string) {
  const viewer = await requireStaff();
  await candidateOr404(db, userId);
  await db.$transaction((tx) =>
    audit(tx, {
      actorId: viewer.userId,
      action: "candidate.view",
      targetType: "User",
      targetId: userId,
      candidateId: userId,
    }),
  );

  const u = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      status: true,
      emailVerified: true,
      lastSignInAt: true,
      reactivatedAt: true,
      createdAt: true,
      mergedInto: { select: { id: true, email: true } },
      mergedFrom: { select: { id: true, profile: { select: { mcid: true } } } },
      profile: true,
      emails: { select: { id: true, email: true, confirmedAt: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      mcidAliases: { select: { mcid: true, createdAt: true } },
      accounts: { select: { provider: true, createdAt: true } },
      _count: { select: { sessions: { where: { expires: { gt: new Date() } } } } },
      examResults: {
        orderBy: { takenOn: "desc" },
        select: {
          id: true,
          takenOn: true,
          score: true,
          passed: true,
          channel: true,
          sourceRecordId: true,
          sourceEmail: true,
          importId: true,
          exam: { select: { code: true, title: true } },
        },
      },
      certifications: {
        orderBy: { earnedOn: "desc" },
        select: {
          id: true,
          earnedOn: true,
          expiresOn: true,
          renewedOn: true,
          status: true,
          certificateNumber: true,
          certification: { select: { code: true, title: true } },
          _count: { select: { renewals: true } },
        },
      },
      badges: {
        orderBy: { issuedOn: "desc" },
        select: {
          id: true,
          state: true,
          public: true,
          issuedOn: true,
          expiresOn: true,
          acceptedAt: true,
          rejectedAt: true,
          revokedAt: true,
          revocationReason: true,
          recipientEmail: true,
          remindersSent: true,
          template: { select: { name: true } },
          events: { orderBy: { at: "desc" }, take: 30, select: { id: true, type: true, at: true, actorId: true } },
          emailMessages: {
            orderBy: { createdAt: "desc" },
            take: 10,
            select: {
              id: true,
              subject: true,
              to: true,
              status: true,
              sentAt: true,
              lastError: true,
              attempts: true,
              createdAt: true,
            },
          },
          claimTokens: {
            orderBy: { createdAt: "desc" },
            take: 10,
            select: { id: true, createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
          },
        },
      },
      transcriptShares: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          label: true,
          includeExams: true,
          createdAt: true,
          expiresAt: true,
          revokedAt: true,
          lastViewedAt: true,
          viewCount: true,
        },
      },
      nameChangeRequests: {
        orderBy: { createdAt: "desc" },
        select: {
          ...nameChangeFields,
          decidedBy: { select: { name: true, email: true } },
        },
      },
      notesAbout: {
        orderBy: { createdAt: "desc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true, email: true } } },
      },
    },
  });

  const recentAudit = await db.auditLog.findMany({
    where: { candidateId: userId, action: { not: "candidate.view" } },
    orderBy: { createdAt: "desc" },
    take: 15,
    select: { id: true, action: true, reason: true, createdAt: true, actor: { select: { name: true, email: true } } },
  });

  const p = u.profile;
  return {
    id: u.id,
    email: u.email,
    status: u.status,
    hasAccount: Boolean(u.emailVerified),
    createdAt: u.createdAt,
    lastSignInAt: u.lastSignInAt,
    reactivatedAt: u.reactivatedAt,
    activeSessions: u._count.sessions,
    signInMethods: [...new Set(["email link", ...u.accounts.map((a) => a.provider)])],
    mergedInto: u.mergedInto,
    mergedFrom: u.mergedFrom.map((m) => ({ id: m.id, mcid: m.profile ? formatMcid(m.profile.mcid) : null })),
    profile: p && {
      mcid: formatMcid(p.mcid),
      legalFirstName: p.legalFirstName,
      legalLastName: p.legalLastName,
      preferredName: p.preferredName,
      locale: p.locale,
      country: p.country,
      city: p.city,
      phone: p.phone,
      profilePublic: p.profilePublic,
      autoAcceptBadges: p.autoAcceptBadges,
    },
    name: p ? [p.legalFirstName, p.legalLastName].filter(Boolean).join(" ") || u.name || u.email : (u.name ?? u.email),
    secondaryEmails: u.emails,
    mcidAliases: u.mcidAliases.map((a) => ({ mcid: formatMcid(a.mcid), createdAt: a.createdAt })),
    examResults: u.examResults.map((r) => ({
      id: r.id,
      examCode: r.exam.code,
      examTitle: r.exam.title,
      takenOn: r.takenOn,
      score: r.score,
      passed: r.passed,
      channel: r.channel,
      sourceRecordId: r.sourceRecordId,
      sourceEmail: r.sourceEmail,
      imported: Boolean(r.importId),
    })),
    certifications: u.certifications.map((c) => ({
      id: c.id,
      code: c.certification.code,
      title: c.certification.title,
      earnedOn: c.earnedOn,
      expiresOn: c.expiresOn,
      renewedOn: c.renewedOn,
      status: c.status,
      certificateNumber: c.certificateNumber,
      renewals: c._count.renewals,
    })),
    badges: u.badges.map((b) => ({
      id: b.id,
      name: b.template.name,
      state: b.state,
      public: b.public,
      issuedOn: b.issuedOn,
      expiresOn: b.expiresOn,
      acceptedAt: b.acceptedAt,
      rejectedAt: b.rejectedAt,
      revokedAt: b.revokedAt,
      revocationReason: b.revocationReason,
      recipientEmail: b.recipientEmail,
      remindersSent: b.remindersSent,
      events: b.events.map((e) => ({ id: e.id, type: e.type, at: e.at, byStaff: Boolean(e.actorId) })),
      emails: b.emailMessages,
      claimLinks: b.claimTokens,
    })),
    shareLinks: u.transcriptShares,
    nameChangeRequests: u.nameChangeRequests.map((r) => ({
      ...r,
      decidedBy: r.decidedBy ? (r.decidedBy.name ?? r.decidedBy.email) : null,
    })),
    notes: u.notesAbout.map((n) => ({
      id: n.id,
      body: n.body,
      createdAt: n.createdAt,
      author: n.author.name ?? n.author.email,
    })),
    recentAudit: recentAudit.map((a) => ({
      id: a.id,
      action: a.action,
      reason: a.reason,
      createdAt: a.createdAt,
      actor: a.actor ? (a.actor.name ?? a.actor.email) : "system",
    })),
  };
}

export type CandidateCase = Awaited<ReturnType<typeof getCandidateCase>>;
