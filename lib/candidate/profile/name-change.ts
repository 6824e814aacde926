import "server-only";
import { nameChangeFields } from "@/lib/accounts/name-change-fields";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { requireCandidate } from "@/lib/candidate/guard";
import { nameChangeSchema, type NameChangeInput } from "@/lib/validation/profile";
import { parseInput } from "@/lib/validation/parse";

/** The candidate's own name-change requests, newest first, with support's decision. */
export async function listMyNameChangeRequests() {
  const viewer = await requireCandidate();
  const rows = await db.nameChangeRequest.findMany({
    where: { userId: viewer.userId },
    orderBy: { createdAt: "desc" },
    select: nameChangeFields,
  });
  return rows;
}

/**
 * Asks support to change the legal name. The current name is copied into the request so the decision is made
 * against what the profile said at the time. One pending request at a time: a second would race the first.
 */
export async function requestNameChange(raw: NameChangeInput) {
  const viewer = await requireCandidate();
  const input = parseInput(nameChangeSchema, raw);
  return db.$transaction(async (tx) => {
    // Serialises concurrent submissions by the same candidate.
    await tx.$queryRaw`SELECT id FROM "CandidateProfile" WHERE "userId" = ${viewer.userId} FOR UPDATE`;
    const profile = await tx.candidateProfile.findUnique({ where: { userId: viewer.userId } });
    if (!profile) notFound();
    const pending = await tx.nameChangeRequest.findFirst({ where: { userId: viewer.userId, status: "PENDING" } });
    if (pending)
      throw new DomainError(
        "You already have a name change request waiting for support. You can send another once it is decided.",
      );
    if (input.requestedFirstName === profile.legalFirstName && input.requestedLastName === profile.legalLastName) {
      throw new DomainError("That is already your legal name.", {
        requestedLastName: ["Enter the name you want, different from the current one."],
      });
    }
    const request = await tx.nameChangeRequest.create({
      data: {
        userId: viewer.userId,
        currentFirstName: profile.legalFirstName,
        currentLastName: profile.legalLastName,
        requestedFirstName: input.requestedFirstName,
        requestedLastName: input.requestedLastName,
        reason: input.reason,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: viewer.userId,
      candidateId: viewer.userId,
      action: "profile.name-change.request",
      targetType: "NameChangeRequest",
      targetId: request.id,
    });
    return request;
  });
}
