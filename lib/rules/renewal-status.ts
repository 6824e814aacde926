import { earnedStatus, isRenewalWindowOpen, renewalWindowOpens, type EarnedStatus } from "@/lib/rules/certification";

/** What the candidate should do next about one certification. */
export type NextAction =
  | { kind: "never-expires" }
  | { kind: "renew-now"; expiresOn: Date }
  | { kind: "renewal-opens"; opensOn: Date; expiresOn: Date }
  | { kind: "expired"; expiredOn: Date }
  | { kind: "retired"; retiredOn: Date | null };

export type CertificationState = {
  expiresOn: Date | null;
  certificationRetired: boolean;
  certificationRetiredOn?: Date | null;
  /** What the records say; the dates win when the daily expiry run has not caught up yet. */
  storedStatus: EarnedStatus;
};

export function effectiveStatus(c: CertificationState, now: Date): EarnedStatus {
  if (c.storedStatus === "RETIRED") return "RETIRED";
  return earnedStatus({ expiresOn: c.expiresOn, certificationRetired: c.certificationRetired }, now);
}

export function nextAction(c: CertificationState, now: Date): NextAction {
  const status = effectiveStatus(c, now);
  if (status === "RETIRED") return { kind: "retired", retiredOn: c.certificationRetiredOn ?? null };
  if (!c.expiresOn) return { kind: "never-expires" };
  if (status === "EXPIRED") return { kind: "expired", expiredOn: c.expiresOn };
  if (isRenewalWindowOpen(c.expiresOn, now)) return { kind: "renew-now", expiresOn: c.expiresOn };
  return { kind: "renewal-opens", opensOn: renewalWindowOpens(c.expiresOn), expiresOn: c.expiresOn };
}

/** Needs attention on the dashboard: still active and expiring within the six-month renewal window. */
export function needsRenewal(c: CertificationState, now: Date): boolean {
  return nextAction(c, now).kind === "renew-now";
}

/** One sentence for people and for the PDF, with dates already formatted by the caller's formatter. */
export function describeNextAction(a: NextAction, fmt: (d: Date) => string): string {
  switch (a.kind) {
    case "never-expires":
      return "Never expires.";
    case "renew-now":
      return `Renewal window open: renew before ${fmt(a.expiresOn)}.`;
    case "renewal-opens":
      return `Expires on ${fmt(a.expiresOn)}; renewal opens on ${fmt(a.opensOn)}.`;
    case "expired":
      return `Expired on ${fmt(a.expiredOn)}: pass the exam again to earn it back.`;
    case "retired":
      return a.retiredOn
        ? `Retired on ${fmt(a.retiredOn)} (legacy): it stays on your record.`
        : "Retired (legacy): it stays on your record.";
  }
}
