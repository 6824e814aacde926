import { describe, expect, it } from "vitest";
import { badgeVerdict, earningKeyFor, type CertificationRecord, type ExamRecord } from "@/lib/badges/lifecycle/rules";

const tpl = { id: "tpl", inBadgeProgram: true };
const exam = (over: Partial<ExamRecord> = {}): ExamRecord => ({
  kind: "exam",
  id: "r1",
  userId: "u1",
  passed: true,
  template: tpl,
  certifications: [],
  ...over,
});
const cert = (over: Partial<CertificationRecord> = {}): CertificationRecord => ({
  kind: "certification",
  id: "e1",
  userId: "u1",
  expiresOn: new Date("2027-01-01"),
  template: tpl,
  ...over,
});

describe("issuance rules", () => {
  const cases: [string, ExamRecord | CertificationRecord, string | null][] = [
    [
      "a passed exam of a multi-exam certification",
      exam({ certifications: [{ requirement: "ALL", requiredCount: null }] }),
      "exam-result:r1",
    ],
    ["an exam in no certification", exam(), "exam-result:r1"],
    [
      "an exam that alone earns a certification (ONE)",
      exam({ certifications: [{ requirement: "ONE", requiredCount: null }] }),
      null,
    ],
    [
      "an exam that alone earns a certification (ANY_N, N = 1)",
      exam({ certifications: [{ requirement: "ANY_N", requiredCount: 1 }] }),
      null,
    ],
    [
      "an exam counted towards any 2 of 3",
      exam({ certifications: [{ requirement: "ANY_N", requiredCount: 2 }] }),
      "exam-result:r1",
    ],
    [
      "an exam in both kinds of certification",
      exam({
        certifications: [
          { requirement: "ALL", requiredCount: null },
          { requirement: "ONE", requiredCount: null },
        ],
      }),
      null,
    ],
    ["a failed exam", exam({ passed: false }), null],
    ["an unmatched exam result", exam({ userId: null }), null],
    ["a legacy exam (no template)", exam({ template: null }), null],
    ["an exam excluded from the program", exam({ template: { id: "t", inBadgeProgram: false } }), null],
    ["an earned certification", cert(), "earned-certification:e1"],
    ["a legacy certification (no template)", cert({ template: null }), null],
    ["a certification excluded from the program", cert({ template: { id: "t", inBadgeProgram: false } }), null],
  ];
  it.each(cases)("%s", (_name, record, key) => {
    const verdict = badgeVerdict(record);
    expect(verdict.request?.earningKey ?? null).toBe(key);
    if (!verdict.request) expect((verdict as { reason: string }).reason).toBeTruthy();
  });

  it("gives a certification badge the certification's expiry, and an exam badge none", () => {
    expect(badgeVerdict(cert()).request).toMatchObject({
      templateId: "tpl",
      userId: "u1",
      earnedCertificationId: "e1",
      expiresOn: new Date("2027-01-01"),
    });
    expect(badgeVerdict(cert({ expiresOn: null })).request?.expiresOn).toBeNull();
    expect(badgeVerdict(exam()).request).toMatchObject({ examResultId: "r1", expiresOn: null });
  });

  it("keys earning events by kind, so an exam and a certification never collide", () => {
    expect(earningKeyFor("exam", "x")).not.toBe(earningKeyFor("certification", "x"));
  });
});
