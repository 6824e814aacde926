import "server-only";
import { db, type Db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formatMcid } from "@/lib/rules/mcid";
import { mergeAccounts } from "@/lib/accounts/merge";
import { resolveCandidateRef } from "@/lib/accounts/resolve";
import { candidateRef, mergeAccountsSchema } from "@/lib/validation/support";
import { candidateOr404 } from "@/lib/accounts/candidate-or-404";
import { requireStaff } from "@/lib/support/guard";

async function accountSummary(client: Db | Tx, userId: string) {
  const u = await client.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      status: true,
      role: true,
      createdAt: true,
      lastSignInAt: true,
      profile: { select: { mcid: true, legalFirstName: true, legalLastName: true } },
      _count: {
        select: {
          examResults: true,
          certifications: true,
          badges: true,
          emails: true,
          transcriptShares: true,
          notesAbout: true,
        },
      },
    },
  });
  return {
    id: u.id,
    email: u.email,
    status: u.status,
    role: u.role,
    createdAt: u.createdAt,
    lastSignInAt: u.lastSignInAt,
    name: [u.profile?.legalFirstName, u.profile?.legalLastName].filter(Boolean).join(" "),
    mcid: u.profile ? formatMcid(u.profile.mcid) : null,
    counts: u._count,
  };
}

/** Both accounts side by side before support confirms a merge; looking at the other account is logged too. */
export async function previewMerge(survivorId: string, duplicateRef: string) {
  const viewer = await requireStaff();
  await candidateOr404(db, survivorId);
  const ref = candidateRef.safeParse(duplicateRef);
  const duplicateId = ref.success ? await resolveCandidateRef(db, ref.data) : null;
  if (!duplicateId)
    throw new DomainError("No candidate has that MCID or email address.", {
      duplicate: ["No candidate has that MCID or email address"],
    });
  const duplicate = await accountSummary(db, duplicateId);
  if (duplicate.role !== "CANDIDATE")
    throw new DomainError("Staff accounts cannot be merged.", { duplicate: ["That is a staff account"] });
  await db.$transaction((tx) =>
    audit(tx, {
      actorId: viewer.userId,
      action: "candidate.view",
      targetType: "User",
      targetId: duplicateId,
      candidateId: duplicateId,
      detail: { context: "merge preview", survivorId },
    }),
  );
  return { survivor: await accountSummary(db, survivorId), duplicate };
}

/**
 * The duplicate-account case: everything moves to the survivor in one transaction, and the audit log on both
 * accounts says who merged them, why, and exactly what moved or collided.
 */
export async function mergeCandidateAccounts(input: unknown) {
  const viewer = await requireStaff();
  const { survivorId, duplicate, reason } = mergeAccountsSchema.parse(input);
  await candidateOr404(db, survivorId);
  const duplicateId = await resolveCandidateRef(db, duplicate);
  if (!duplicateId)
    throw new DomainError("No candidate has that MCID or email address.", {
      duplicate: ["No candidate has that MCID or email address"],
    });
  return db.$transaction(
    async (tx) => {
      const outcome = await mergeAccounts(tx, survivorId, duplicateId, viewer.userId);
      const detail = JSON.parse(JSON.stringify(outcome)) as Prisma.InputJsonValue;
      await audit(tx, {
        actorId: viewer.userId,
        action: "candidate.merge",
        targetType: "User",
        targetId: duplicateId,
        candidateId: survivorId,
        reason,
        detail,
      });
      await audit(tx, {
        actorId: viewer.userId,
        action: "candidate.merged_into",
        targetType: "User",
        targetId: survivorId,
        candidateId: duplicateId,
        reason,
        detail: { survivorId },
      });
      return outcome;
    },
    { timeout: 30_000 },
  );
}
