import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { formatMcid } from "@/lib/rules/mcid";
import { profileSearchText } from "@/lib/rules/search-text";
import { decideNameChangeSchema, pageSchema } from "@/lib/validation/support";
import { requireStaff } from "@/lib/support/guard";

export const NAME_CHANGE_PAGE_SIZE = 25;

/** Pending legal-name changes, oldest first: the order they should be answered in. */
export async function listPendingNameChanges(input: unknown = {}) {
  await requireStaff();
  const { page } = pageSchema.parse(input ?? {});
  const where = { status: "PENDING" as const };
  const [rows, total] = await Promise.all([
    db.nameChangeRequest.findMany({
      where,
      orderBy: { createdAt: "asc" },
      skip: (page - 1) * NAME_CHANGE_PAGE_SIZE,
      take: NAME_CHANGE_PAGE_SIZE,
      select: {
        id: true,
        currentFirstName: true,
        currentLastName: true,
        requestedFirstName: true,
        requestedLastName: true,
        reason: true,
        createdAt: true,
        user: { select: { id: true, email: true, profile: { select: { mcid: true } } } },
      },
    }),
    db.nameChangeRequest.count({ where }),
  ]);
  return {
    page,
    pageSize: NAME_CHANGE_PAGE_SIZE,
    total,
    requests: rows.map(({ user, ...r }) => ({
      ...r,
      candidateId: user.id,
      email: user.email,
      mcid: user.profile ? formatMcid(user.profile.mcid) : null,
    })),
  };
}

/**
 * Approving changes the legal name test centres match against ID (and the search text and display name with
 * it); rejecting leaves the name alone. Either way the note is kept on the request and in the audit log.
 */
export async function decideNameChange(input: unknown) {
  const viewer = await requireStaff();
  const { requestId, decision, note } = decideNameChangeSchema.parse(input);
  return db.$transaction(async (tx) => {
    const request = await tx.nameChangeRequest.findUnique({
      where: { id: requestId },
      select: {
        id: true,
        userId: true,
        requestedFirstName: true,
        requestedLastName: true,
        user: { select: { role: true } },
      },
    });
    if (request?.user.role !== "CANDIDATE") notFound();
    const now = new Date();
    // Only a pending request can be decided, once: a second decision by someone else changes nothing.
    const { count } = await tx.nameChangeRequest.updateMany({
      where: { id: requestId, status: "PENDING" },
      data: {
        status: decision === "approve" ? "APPROVED" : "REJECTED",
        decidedById: viewer.userId,
        decidedAt: now,
        decisionNote: note,
      },
    });
    if (count === 0) throw new DomainError("This request has already been decided.");

    let detail: Record<string, string> = {};
    if (decision === "approve") {
      const profile = await tx.candidateProfile.findUnique({
        where: { userId: request.userId },
        select: { legalFirstName: true, legalLastName: true, preferredName: true },
      });
      if (!profile) throw new DomainError("This candidate has no certification profile to rename.");
      const next = {
        legalFirstName: request.requestedFirstName,
        legalLastName: request.requestedLastName,
        preferredName: profile.preferredName,
      };
      await tx.candidateProfile.update({
        where: { userId: request.userId },
        data: { ...next, searchText: profileSearchText(next) },
      });
      await tx.user.update({
        where: { id: request.userId },
        data: { name: `${next.legalFirstName} ${next.legalLastName}`.trim() },
      });
      detail = {
        fromFirstName: profile.legalFirstName,
        fromLastName: profile.legalLastName,
        toFirstName: next.legalFirstName,
        toLastName: next.legalLastName,
      };
    }
    await audit(tx, {
      actorId: viewer.userId,
      action: decision === "approve" ? "name_change.approve" : "name_change.reject",
      targetType: "NameChangeRequest",
      targetId: requestId,
      candidateId: request.userId,
      reason: note,
      detail,
    });
    return { status: decision === "approve" ? "APPROVED" : "REJECTED" };
  });
}
