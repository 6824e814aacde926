import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { createCandidate, type NewCandidate } from "@/lib/accounts/create-candidate";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/session";

export function uniqueEmail(prefix = "person") {
  return `${prefix}.${randomBytes(4).toString("hex")}@example.com`;
}

/** A candidate with a profile and MCID, as sign-up or an import makes them. */
export async function makeCandidate(input: Partial<NewCandidate> = {}) {
  const user = await db.$transaction((tx) =>
    createCandidate(tx, {
      email: uniqueEmail("candidate"),
      legalFirstName: "Test",
      legalLastName: "Candidate",
      emailVerified: new Date(),
      ...input,
    }),
  );
  return db.user.findUniqueOrThrow({ where: { id: user.id }, include: { profile: true } });
}

export async function makeStaff(role: Exclude<Role, "CANDIDATE">) {
  return db.user.create({
    data: { email: uniqueEmail(role.toLowerCase()), role, emailVerified: new Date(), name: `Test ${role}` },
  });
}

export function viewerOf(user: { id: string; role: Role; email: string; name?: string | null }): Viewer {
  return { userId: user.id, role: user.role, email: user.email, name: user.name };
}
