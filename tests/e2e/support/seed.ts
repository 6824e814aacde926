import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { uniqueEmail } from "./session";

// Test data made with the application's own code, straight into the database the browser tests' server uses
// (its start script records the address), so each journey owns its records and can run again.
export function useServerDatabase() {
  process.env.DATABASE_URL ??= readFileSync(path.join(process.env.CERTDASH_E2E_DIR!, "database-url"), "utf8").trim();
  process.env.AUTH_SECRET ??= randomBytes(33).toString("base64");
  process.env.DEV_MAILBOX ??= "true";
  process.env.APP_URL ??= `http://localhost:${process.env.E2E_PORT}`;
}

/**
 * A new candidate who earned a certification and was issued its badge: the claim email is on its way to the
 * development mailbox (the server's worker delivers it). They have never signed in.
 */
export async function candidateWithNewBadge(certificationCode = "CLOUD-FUNDAMENTALS") {
  useServerDatabase();
  const { db } = await import("@/lib/db");
  const { createCandidate } = await import("@/lib/accounts/create-candidate");
  const { issueBadgesForRecords } = await import("@/lib/badges/lifecycle/issue");
  const { newCertificateNumber } = await import("@/lib/rules/certification");
  const email = uniqueEmail("earner");
  await db.$transaction(async (tx) => {
    const user = await createCandidate(tx, { email, legalFirstName: "Ezra", legalLastName: "Quinn" });
    const certification = await tx.certification.findUniqueOrThrow({ where: { code: certificationCode } });
    const earned = await tx.earnedCertification.create({
      data: {
        userId: user.id,
        certificationId: certification.id,
        earnedOn: new Date(),
        certificateNumber: newCertificateNumber(),
      },
    });
    await issueBadgesForRecords(tx, { earnedCertificationIds: [earned.id] });
  });
  return { email };
}

/** An exam result that arrived under an address nobody has (taken today, so it heads the unmatched list). */
export async function unmatchedExamResult(examCode = "AZ-900") {
  useServerDatabase();
  const { db } = await import("@/lib/db");
  const exam = await db.exam.findUniqueOrThrow({ where: { code: examCode } });
  const recordId = `PV-${Date.now()}${randomBytes(2).toString("hex")}`;
  await db.examResult.create({
    data: {
      examId: exam.id,
      takenOn: new Date(),
      score: 812,
      passed: true,
      channel: "ONLINE",
      sourceRecordId: recordId,
      sourceEmail: uniqueEmail("old-address"),
      sourceName: "Stranded Candidate",
    },
  });
  return { recordId };
}

/** A demo badge its earner accepted and left public: what a verifier opens. */
export async function publicBadgeId() {
  useServerDatabase();
  const { db } = await import("@/lib/db");
  const badge = await db.badge.findFirstOrThrow({ where: { state: "ACCEPTED", public: true }, select: { id: true } });
  return badge.id;
}
