import type { ReactNode } from "react";

const tones = {
  green: "bg-green-100 text-green-900",
  amber: "bg-amber-100 text-amber-950",
  red: "bg-red-100 text-red-900",
  slate: "bg-slate-200 text-slate-900",
} as const;

export type Tone = keyof typeof tones;

/**
 * The one tone map for every status in the product: badges (state and verification status), jobs, emails,
 * imports, certifications, catalogue items, accounts, name changes, share links, exam results. Good and done is
 * green, waiting or in progress amber, failed or withdrawn red, ended or set aside grey. Every pair keeps at least
 * 4.5:1 contrast.
 */
const toneOf: Record<string, Tone> = {
  ACTIVE: "green",
  ACCEPTED: "green",
  APPROVED: "green",
  COMPLETED: "green",
  CONFIRMED: "green",
  PASSED: "green",
  SENT: "green",
  SUCCEEDED: "green",
  VALID: "green",
  INACTIVE: "amber",
  PENDING: "amber",
  QUEUED: "amber",
  RUNNING: "amber",
  UNCONFIRMED: "amber",
  RENEW_NOW: "amber",
  FAILED: "red",
  REJECTED: "red",
  REVOKED: "red",
  CANCELLED: "slate",
  EXPIRED: "slate",
  MERGED: "slate",
  PRIVATE: "slate",
  RETIRED: "slate",
};

export function toneOfStatus(status: string): Tone {
  return toneOf[status.toUpperCase()] ?? "slate";
}

/** A status as a small coloured label; the text defaults to the status itself. */
export function StatusPill({ status, children }: { status: string; children?: ReactNode }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded-full px-2.5 py-0.5 text-xs font-semibold ${tones[toneOfStatus(status)]}`}
    >
      {children ?? status}
    </span>
  );
}
