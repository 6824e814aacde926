import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/session";
import { missingProfileFields } from "@/lib/rules/profile-completeness";
import { effectiveStatus, needsRenewal } from "@/lib/rules/renewal-status";

const RECENT_REACTIVATION_MS = 7 * 24 * 60 * 60 * 1000;

/** The candidate's home: who they are, what they hold, and what needs doing. Only ever their own record. */
export async function getMyDashboard(now = new Date()) {
  const viewer = await requireRole("CANDIDATE");
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: {
      email: true,
      reactivatedAt: true,
      profile: true,
      certifications: {
        where: { status: "ACTIVE" },
        orderBy: [{ expiresOn: { sort: "asc", nulls: "last" } }, { earnedOn: "desc" }],
        select: {
          id: true,
          earnedOn: true,
          expiresOn: true,
          status: true,
          certification: { select: { title: true, level: true, status: true } },
        },
      },
      _count: {
        select: {
          examResults: { where: { passed: true } },
          badges: { where: { state: "PENDING" } },
          nameChangeRequests: { where: { status: "PENDING" } },
          emails: { where: { confirmedAt: null } },
        },
      },
    },
  });
  const p = user.profile;
  if (!p) notFound();
  const certs = user.certifications
    .map((c) => {
      const state = { expiresOn: c.expiresOn, certificationRetired: c.certification.status === "RETIRED", storedStatus: c.status };
      return {
        id: c.id,
        title: c.certification.title,
        level: c.certification.level,
        earnedOn: c.earnedOn,
        expiresOn: c.expiresOn,
        // The daily expiry run may lag by a day: dates decide.
        active: effectiveStatus(state, now) === "ACTIVE",
        renewNow: needsRenewal(state, now),
      };
    })
    .filter((c) => c.active);
  return {
    displayName: p.preferredName || `${p.legalFirstName} ${p.legalLastName}`.trim() || user.email,
    legalName: `${p.legalFirstName} ${p.legalLastName}`.trim(),
    email: user.email,
    mcid: p.mcid,
    recentlyReactivated: Boolean(user.reactivatedAt && now.getTime() - user.reactivatedAt.getTime() < RECENT_REACTIVATION_MS),
    activeCertifications: certs,
    attention: {
      renewals: certs.filter((c) => c.renewNow).map((c) => ({ id: c.id, title: c.title, expiresOn: c.expiresOn! })),
      unclaimedBadges: user._count.badges,
      missingProfile: missingProfileFields(p),
      unconfirmedEmails: user._count.emails,
    },
    pendingNameChange: user._count.nameChangeRequests > 0,
    examsPassed: user._count.examResults,
  };
}
