import "server-only";
import { notFound } from "next/navigation";
import { directQuery } from "@/lib/db/pg-query";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CatalogStatus, EarnedStatus } from "@/lib/generated/prisma/enums";
import { requireCandidate } from "@/lib/candidate/guard";
import { missingProfileFields } from "@/lib/rules/profile-completeness";
import { effectiveStatus, needsRenewal } from "@/lib/rules/renewal-status";

const RECENT_REACTIVATION_MS = 7 * 24 * 60 * 60 * 1000;

/** The candidate's home: who they are, what they hold, and what needs doing. Only ever their own record. */
export async function getMyDashboard(now = new Date()) {
  const viewer = await requireCandidate();
  const user = await dashboardRecord(viewer.userId);
  const p = user.profile;
  if (!p) notFound();
  const certs = user.certifications
    .map((c) => {
      const state = {
        expiresOn: c.expiresOn,
        certificationRetired: c.certificationStatus === "RETIRED",
        storedStatus: c.status,
      };
      return {
        id: c.id,
        title: c.title,
        level: c.level,
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
    recentlyReactivated: Boolean(
      user.reactivatedAt && now.getTime() - user.reactivatedAt.getTime() < RECENT_REACTIVATION_MS,
    ),
    activeCertifications: certs,
    attention: {
      renewals: certs.filter((c) => c.renewNow).map((c) => ({ id: c.id, title: c.title, expiresOn: c.expiresOn! })),
      unclaimedBadges: user.pendingBadges,
      missingProfile: missingProfileFields(p),
      unconfirmedEmails: user.unconfirmedEmails,
    },
    pendingNameChange: user.pendingNameChanges > 0,
    examsPassed: user.examsPassed,
  };
}

type ProfileFields = {
  mcid: string;
  legalFirstName: string;
  legalLastName: string;
  preferredName: string | null;
  phone: string | null;
  addressLine1: string | null;
  city: string | null;
  postalCode: string | null;
  country: string | null;
};
type DashboardRow = {
  email: string;
  reactivatedAt: Date | null;
  profile: ProfileFields | null;
  certifications: {
    id: string;
    earnedOn: string;
    expiresOn: string | null;
    status: EarnedStatus;
    title: string;
    level: string;
    certificationStatus: CatalogStatus;
  }[];
  examsPassed: number;
  pendingBadges: number;
  pendingNameChanges: number;
  unconfirmedEmails: number;
};

/**
 * Everything the dashboard shows, in one hand-written query sent without Prisma (lib/db/pg-query.ts): it is the
 * page every candidate opens first, and Prisma 6 compiles each ORM query afresh in WebAssembly on the request's
 * thread (about 1.7 ms of CPU per query as measured here), more than the database takes to answer.
 */
async function dashboardRecord(userId: string) {
  const [row] = await directQuery<DashboardRow>(Prisma.sql`
    SELECT u.email, u."reactivatedAt",
      (SELECT json_build_object('mcid', p.mcid, 'legalFirstName', p."legalFirstName", 'legalLastName', p."legalLastName",
         'preferredName', p."preferredName", 'phone', p.phone, 'addressLine1', p."addressLine1", 'city', p.city,
         'postalCode', p."postalCode", 'country', p.country)
       FROM "CandidateProfile" p WHERE p."userId" = u.id) AS profile,
      (SELECT COALESCE(json_agg(c ORDER BY c."expiresOn" ASC NULLS LAST, c."earnedOn" DESC), '[]')
       FROM (SELECT e.id, e."earnedOn" AT TIME ZONE 'UTC' AS "earnedOn", e."expiresOn" AT TIME ZONE 'UTC' AS "expiresOn", e.status, cert.title, cert.level, cert.status AS "certificationStatus"
             FROM "EarnedCertification" e JOIN "Certification" cert ON cert.id = e."certificationId"
             WHERE e."userId" = u.id AND e.status = 'ACTIVE') c) AS certifications,
      (SELECT count(*) FROM "ExamResult" r WHERE r."userId" = u.id AND r.passed)::int AS "examsPassed",
      (SELECT count(*) FROM "Badge" b WHERE b."userId" = u.id AND b.state = 'PENDING')::int AS "pendingBadges",
      (SELECT count(*) FROM "NameChangeRequest" n WHERE n."userId" = u.id AND n.status = 'PENDING')::int AS "pendingNameChanges",
      (SELECT count(*) FROM "CandidateEmail" m WHERE m."userId" = u.id AND m."confirmedAt" IS NULL)::int AS "unconfirmedEmails"
    FROM "User" u WHERE u.id = ${userId}`);
  if (!row) notFound();
  return {
    ...row,
    // json_agg carries timestamps as strings (with their UTC offset, from AT TIME ZONE above).
    certifications: row.certifications.map((c) => ({
      ...c,
      earnedOn: new Date(c.earnedOn),
      expiresOn: c.expiresOn ? new Date(c.expiresOn) : null,
    })),
  };
}
