import type { Prisma } from "@/lib/generated/prisma/client";

/** A posting is current from its posting date until (not including) its closing date; no closing date: open. */
export function currentPostingWhere(now: Date): Prisma.JobPostingWhereInput {
  return { postedOn: { lte: now }, OR: [{ closesOn: null }, { closesOn: { gt: now } }] };
}

export function closedPostingWhere(now: Date): Prisma.JobPostingWhereInput {
  return { closesOn: { lte: now } };
}

export const isCurrentPosting = (p: { postedOn: Date; closesOn: Date | null }, now: Date) =>
  p.postedOn <= now && (p.closesOn === null || p.closesOn > now);
