import { pooledRandomBytes } from "@/lib/security/random-pool";
import { addMonths } from "@/lib/rules/account-activity";

export type Requirement = { kind: "ONE" | "ALL" | "ANY_N"; requiredCount?: number | null; examIds: string[] };
export type Pass = { examId: string; takenOn: Date };

/** How many of the certification's exams must be passed. */
export function examsNeeded(req: Requirement): number {
  if (req.kind === "ONE") return 1;
  if (req.kind === "ALL") return req.examIds.length;
  return Math.min(Math.max(1, req.requiredCount ?? 1), req.examIds.length);
}

/**
 * The date a certification was earned: the day the candidate first held enough distinct passed exams of its set,
 * or null if they do not (yet).
 */
export function earnedOn(req: Requirement, passes: Pass[]): Date | null {
  const firstPass = new Map<string, Date>();
  for (const p of passes) {
    if (!req.examIds.includes(p.examId)) continue;
    const seen = firstPass.get(p.examId);
    if (!seen || p.takenOn < seen) firstPass.set(p.examId, p.takenOn);
  }
  const dates = [...firstPass.values()].sort((a, b) => a.getTime() - b.getTime());
  const needed = examsNeeded(req);
  return dates.length >= needed && needed > 0 ? dates[needed - 1] : null;
}

/** Fundamentals (and anything without a validity period) never expire. */
export function expiryFor(earned: Date, validityMonths: number | null | undefined): Date | null {
  return validityMonths ? addMonths(earned, validityMonths) : null;
}

/** The renewal window opens this many months before expiry. */
export const RENEWAL_WINDOW_MONTHS = 6;

export function renewalWindowOpens(expiresOn: Date): Date {
  return addMonths(expiresOn, -RENEWAL_WINDOW_MONTHS);
}

export function isRenewalWindowOpen(expiresOn: Date | null, now: Date): boolean {
  return expiresOn !== null && now >= renewalWindowOpens(expiresOn) && now < expiresOn;
}

/** A renewal extends the expiry by one validity period from the current expiry date, not from the renewal date. */
export function renewedExpiry(currentExpiry: Date, validityMonths: number): Date {
  return addMonths(currentExpiry, validityMonths);
}

export type EarnedStatus = "ACTIVE" | "EXPIRED" | "RETIRED";

/** Retired certifications are inactive (legacy) whatever their dates; otherwise active until expiry. */
export function earnedStatus(c: { expiresOn: Date | null; certificationRetired: boolean }, now: Date): EarnedStatus {
  if (c.certificationRetired) return "RETIRED";
  if (c.expiresOn && c.expiresOn <= now) return "EXPIRED";
  return "ACTIVE";
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** The number printed on a certificate: CN- and ten Crockford base-32 characters (no I, L, O, U). */
export function newCertificateNumber(): string {
  const bytes = pooledRandomBytes(10);
  return `CN-${[...bytes].map((b) => CROCKFORD[b % 32]).join("")}`;
}

export type CertificationDef = {
  id: string;
  requirement: Requirement;
  validityMonths: number | null;
  retiredOn: Date | null;
};
export type HeldCertification = { certificationId: string; earnedOn: Date; expiresOn: Date | null };
export type Award = { certificationId: string; earnedOn: Date; expiresOn: Date | null };

/**
 * Which certifications a candidate's passes earn that their records do not show yet. A certification still held
 * (or one that never expires) is not earned twice; after one lapses, only passes taken after the lapse can earn it
 * again. A retired certification can be awarded only for passes from before it retired (historic records).
 */
export function certificationsToAward(passes: Pass[], certs: CertificationDef[], held: HeldCertification[]): Award[] {
  const awards: Award[] = [];
  for (const cert of certs) {
    const mine = held.filter((h) => h.certificationId === cert.id);
    if (mine.some((h) => h.expiresOn === null)) continue;
    const lapse = mine.reduce<Date | null>(
      (latest, h) => (!latest || h.expiresOn! > latest ? h.expiresOn : latest),
      null,
    );
    const eligible = lapse ? passes.filter((p) => p.takenOn >= lapse) : passes;
    const earned = earnedOn(cert.requirement, eligible);
    if (!earned) continue;
    if (cert.retiredOn && earned > cert.retiredOn) continue;
    if (mine.some((h) => h.earnedOn.getTime() === earned.getTime())) continue;
    awards.push({ certificationId: cert.id, earnedOn: earned, expiresOn: expiryFor(earned, cert.validityMonths) });
  }
  return awards;
}
