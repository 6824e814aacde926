/**
 * Which badges stored records earn. Pure, so the program's eligibility table is unit-tested in one place.
 *
 * - an item without a template (legacy) gets nothing; a template outside the program (inBadgeProgram = false) too;
 * - an exam that by itself earns a certification gets no badge of its own: the certification's badge says it all;
 * - retired items keep their badges: retirement is not a reason to withhold one that was earned.
 */
export type TemplateRef = { id: string; inBadgeProgram: boolean } | null;

export type ExamRecord = {
  kind: "exam";
  id: string;
  userId: string | null;
  passed: boolean;
  template: TemplateRef;
  /** Certifications containing this exam, with how many of their exams are needed. */
  certifications: { requirement: "ONE" | "ALL" | "ANY_N"; requiredCount: number | null }[];
};

export type CertificationRecord = {
  kind: "certification";
  id: string;
  userId: string;
  expiresOn: Date | null;
  template: TemplateRef;
};

export type BadgeRequest = {
  templateId: string;
  userId: string;
  earningKey: string;
  examResultId?: string;
  earnedCertificationId?: string;
  expiresOn?: Date | null;
};

export type Verdict = { request: BadgeRequest } | { request: null; reason: string };

/** The earning key: one badge per template, candidate and earning event. */
export const earningKeyFor = (kind: "exam" | "certification", id: string) =>
  kind === "exam" ? `exam-result:${id}` : `earned-certification:${id}`;

/** True when passing this exam alone earns a certification (ONE of, or ANY_N with N = 1). */
export function examEarnsCertificationAlone(certs: ExamRecord["certifications"]) {
  return certs.some((c) => c.requirement === "ONE" || (c.requirement === "ANY_N" && (c.requiredCount ?? 1) <= 1));
}

export function badgeVerdict(record: ExamRecord | CertificationRecord): Verdict {
  if (!record.userId) return { request: null, reason: "unmatched record" };
  if (!record.template) return { request: null, reason: "no badge template (legacy item)" };
  if (!record.template.inBadgeProgram) return { request: null, reason: "excluded from the badge program" };
  if (record.kind === "exam") {
    if (!record.passed) return { request: null, reason: "exam not passed" };
    if (examEarnsCertificationAlone(record.certifications)) {
      return { request: null, reason: "the exam earns a certification: only its badge is issued" };
    }
    return {
      request: {
        templateId: record.template.id,
        userId: record.userId,
        earningKey: earningKeyFor("exam", record.id),
        examResultId: record.id,
        expiresOn: null,
      },
    };
  }
  return {
    request: {
      templateId: record.template.id,
      userId: record.userId,
      earningKey: earningKeyFor("certification", record.id),
      earnedCertificationId: record.id,
      expiresOn: record.expiresOn,
    },
  };
}
