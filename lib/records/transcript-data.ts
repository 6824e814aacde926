import "server-only";
import { db } from "@/lib/db";
import type { CertificationLevel, DeliveryChannel, EarnedStatus } from "@/lib/generated/prisma/enums";
import { effectiveStatus, nextAction, type NextAction } from "@/lib/rules/renewal-status";

export type TranscriptCertification = {
  id: string;
  code: string;
  title: string;
  level: CertificationLevel;
  earnedOn: Date;
  expiresOn: Date | null;
  renewedOn: Date | null;
  status: EarnedStatus;
  certificationRetiredOn: Date | null;
  certificateNumber: string;
  nextAction: NextAction;
};

export type TranscriptExam = {
  id: string;
  code: string;
  title: string;
  takenOn: Date;
  score: number;
  passed: boolean;
  channel: DeliveryChannel;
  examRetired: boolean;
  examRetiredOn: Date | null;
};

export type Transcript = {
  holder: { name: string; mcid: string };
  generatedAt: Date;
  active: TranscriptCertification[];
  /** Expired and retired (legacy) certifications. */
  inactive: TranscriptCertification[];
  /** null when the owner shared the transcript without the exam history. */
  exams: TranscriptExam[] | null;
};

/**
 * Builds one person's transcript. No authorisation here: it is called only by DAL functions that have already
 * established the caller may see this person's transcript (the owner, or a share link with its access code).
 */
export async function loadTranscript(
  userId: string,
  opts: { includeExams: boolean },
  now = new Date(),
): Promise<Transcript | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      profile: { select: { legalFirstName: true, legalLastName: true, mcid: true } },
      certifications: {
        orderBy: [{ earnedOn: "desc" }],
        select: {
          id: true,
          earnedOn: true,
          expiresOn: true,
          renewedOn: true,
          status: true,
          certificateNumber: true,
          certification: { select: { code: true, title: true, level: true, status: true, retiredOn: true } },
        },
      },
    },
  });
  if (!user?.profile) return null;
  const examResults = opts.includeExams
    ? await db.examResult.findMany({
        where: { userId },
        orderBy: [{ takenOn: "desc" }],
        select: {
          id: true,
          takenOn: true,
          score: true,
          passed: true,
          channel: true,
          exam: { select: { code: true, title: true, status: true, retiredOn: true } },
        },
      })
    : null;
  const certs: TranscriptCertification[] = user.certifications.map((c) => {
    const state = {
      expiresOn: c.expiresOn,
      certificationRetired: c.certification.status === "RETIRED",
      certificationRetiredOn: c.certification.retiredOn,
      storedStatus: c.status,
    };
    return {
      id: c.id,
      code: c.certification.code,
      title: c.certification.title,
      level: c.certification.level,
      earnedOn: c.earnedOn,
      expiresOn: c.expiresOn,
      renewedOn: c.renewedOn,
      status: effectiveStatus(state, now),
      certificationRetiredOn: c.certification.retiredOn,
      certificateNumber: c.certificateNumber,
      nextAction: nextAction(state, now),
    };
  });
  return {
    holder: { name: `${user.profile.legalFirstName} ${user.profile.legalLastName}`.trim(), mcid: user.profile.mcid },
    generatedAt: now,
    active: certs.filter((c) => c.status === "ACTIVE"),
    inactive: certs.filter((c) => c.status !== "ACTIVE"),
    exams: examResults
      ? examResults.map((r) => ({
          id: r.id,
          code: r.exam.code,
          title: r.exam.title,
          takenOn: r.takenOn,
          score: r.score,
          passed: r.passed,
          channel: r.channel,
          examRetired: r.exam.status === "RETIRED",
          examRetiredOn: r.exam.retiredOn,
        }))
      : null,
  };
}
