import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { requireCandidate } from "@/lib/candidate/guard";
import { loadTranscript } from "@/lib/records/transcript-data";

/** The signed-in candidate's full transcript (certifications and the whole exam history). */
export async function getMyTranscript() {
  const viewer = await requireCandidate();
  const transcript = await loadTranscript(viewer.userId, { includeExams: true });
  if (!transcript) notFound();
  return transcript;
}

/**
 * One of the candidate's own certifications, for its PDF certificate. Someone else's id answers 404, exactly as a
 * missing one does.
 */
export async function getMyCertificate(earnedCertificationId: string) {
  const viewer = await requireCandidate();
  const earned = await db.earnedCertification.findFirst({
    where: { id: earnedCertificationId, userId: viewer.userId },
    select: {
      earnedOn: true,
      expiresOn: true,
      certificateNumber: true,
      certification: { select: { title: true, code: true, level: true } },
      user: { select: { profile: { select: { legalFirstName: true, legalLastName: true, mcid: true } } } },
    },
  });
  if (!earned?.user.profile) notFound();
  const p = earned.user.profile;
  return {
    holderName: `${p.legalFirstName} ${p.legalLastName}`.trim(),
    mcid: p.mcid,
    certificationTitle: earned.certification.title,
    certificationCode: earned.certification.code,
    certificateNumber: earned.certificateNumber,
    earnedOn: earned.earnedOn,
    expiresOn: earned.expiresOn,
  };
}
