import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { generateMcid } from "@/lib/rules/mcid";
import { profileSearchText } from "@/lib/rules/search-text";

export type NewCandidate = {
  email: string;
  legalFirstName?: string;
  legalLastName?: string;
  preferredName?: string | null;
  emailVerified?: Date | null;
  locale?: string;
  createdAt?: Date;
};

/** Public profile slugs carry no name: a profile is found only through links its owner shares. */
export function newPublicSlug() {
  return randomBytes(8)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x");
}

function isUniqueViolationOn(error: unknown, field: string) {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002" &&
    JSON.stringify(error.meta ?? {}).includes(field)
  );
}

/**
 * Creates a candidate: the person and their certification profile with a fresh MCID. Collisions of the random
 * MCID are retried (one in a hundred million per existing candidate).
 */
export async function createCandidate(tx: Tx, input: NewCandidate) {
  const first = input.legalFirstName?.trim() ?? "";
  const last = input.legalLastName?.trim() ?? "";
  for (let attempt = 0; ; attempt++) {
    try {
      // A savepoint keeps a collision from aborting the caller's whole transaction.
      await tx.$executeRawUnsafe("SAVEPOINT create_candidate");
      const user = await tx.user.create({
        data: {
          email: input.email.trim().toLowerCase(),
          name: [first, last].filter(Boolean).join(" ") || null,
          emailVerified: input.emailVerified ?? null,
          createdAt: input.createdAt,
          profile: {
            create: {
              mcid: generateMcid(),
              legalFirstName: first,
              legalLastName: last,
              preferredName: input.preferredName ?? null,
              locale: input.locale ?? "en-US",
              searchText: profileSearchText({
                legalFirstName: first,
                legalLastName: last,
                preferredName: input.preferredName,
              }),
              publicSlug: newPublicSlug(),
            },
          },
        },
      });
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT create_candidate");
      return user;
    } catch (error) {
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT create_candidate");
      if (attempt < 5 && (isUniqueViolationOn(error, "mcid") || isUniqueViolationOn(error, "publicSlug"))) continue;
      throw error;
    }
  }
}
