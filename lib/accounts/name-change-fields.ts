import type { Prisma } from "@/lib/generated/prisma/client";

/** A legal-name change request as the candidate and support staff both see it: the names, the reason, the outcome. */
export const nameChangeFields = {
  id: true,
  currentFirstName: true,
  currentLastName: true,
  requestedFirstName: true,
  requestedLastName: true,
  reason: true,
  status: true,
  decidedAt: true,
  decisionNote: true,
  createdAt: true,
} as const satisfies Prisma.NameChangeRequestSelect;
