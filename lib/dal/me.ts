import "server-only";
import { db } from "@/lib/db";
import { requireRole } from "@/lib/session";

const RECENT_REACTIVATION_MS = 7 * 24 * 60 * 60 * 1000;

/** The signed-in candidate's home: who they are and what they hold. Only ever their own record. */
export async function getMyHome() {
  const viewer = await requireRole("CANDIDATE");
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: {
      email: true,
      reactivatedAt: true,
      profile: { select: { mcid: true, legalFirstName: true, legalLastName: true, preferredName: true } },
      certifications: {
        where: { status: "ACTIVE" },
        orderBy: { earnedOn: "desc" },
        select: { id: true, earnedOn: true, expiresOn: true, certification: { select: { title: true, level: true } } },
      },
      _count: { select: { examResults: { where: { passed: true } }, badges: { where: { state: "ACCEPTED" } } } },
    },
  });
  const p = user.profile;
  return {
    email: user.email,
    displayName: p?.preferredName || [p?.legalFirstName, p?.legalLastName].filter(Boolean).join(" ") || user.email,
    mcid: p?.mcid ?? null,
    recentlyReactivated: Boolean(user.reactivatedAt && Date.now() - user.reactivatedAt.getTime() < RECENT_REACTIVATION_MS),
    activeCertifications: user.certifications.map((c) => ({
      id: c.id,
      title: c.certification.title,
      level: c.certification.level,
      earnedOn: c.earnedOn,
      expiresOn: c.expiresOn,
    })),
    examsPassed: user._count.examResults,
    badgesAccepted: user._count.badges,
  };
}
