import "server-only";
import { randomBytes } from "node:crypto";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError } from "@/lib/errors";
import { requireCandidate } from "@/lib/candidate/guard";
import { codeHash, stateOf } from "@/lib/records/transcript-shares";
import { shareUrl } from "@/lib/records/share-url";
import { formatAccessCode, newAccessCode } from "@/lib/rules/access-code";
import type { ShareInput } from "@/lib/validation/transcript";

const MAX_LIVE_SHARES = 25;

/** 128 random bits: the URL alone cannot be guessed, and it still needs the access code. */
function newShareId() {
  return randomBytes(16).toString("base64url");
}

/** Creates a share link. The access code is returned this once and never stored in the clear. */
export async function createTranscriptShare(input: ShareInput) {
  const viewer = await requireCandidate();
  const shareId = newShareId();
  const accessCode = newAccessCode();
  return db.$transaction(async (tx) => {
    const live = await tx.transcriptShare.count({
      where: { userId: viewer.userId, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: new Date() } }] },
    });
    if (live >= MAX_LIVE_SHARES)
      throw new DomainError(`You have ${live} live share links. Revoke some you no longer need first.`);
    const share = await tx.transcriptShare.create({
      data: {
        userId: viewer.userId,
        shareId,
        accessCodeHash: codeHash(shareId, accessCode),
        label: input.label,
        includeExams: input.includeExams,
        expiresAt: input.expiresAt,
      },
      select: { id: true },
    });
    await audit(tx, {
      actorId: viewer.userId,
      candidateId: viewer.userId,
      action: "transcript.share.create",
      targetType: "TranscriptShare",
      targetId: share.id,
      detail: { includeExams: input.includeExams, expiresAt: input.expiresAt?.toISOString() ?? null },
    });
    return { id: share.id, shareId, url: shareUrl(shareId), accessCode: formatAccessCode(accessCode) };
  });
}

export async function listMyTranscriptShares() {
  const viewer = await requireCandidate();
  const now = new Date();
  const rows = await db.transcriptShare.findMany({
    where: { userId: viewer.userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      shareId: true,
      label: true,
      includeExams: true,
      expiresAt: true,
      revokedAt: true,
      lastViewedAt: true,
      viewCount: true,
      createdAt: true,
    },
  });
  return rows.map((r) => ({ ...r, url: shareUrl(r.shareId), state: stateOf(r, now) }));
}

export async function revokeTranscriptShare(id: string) {
  const viewer = await requireCandidate();
  await db.$transaction(async (tx) => {
    const { count } = await tx.transcriptShare.updateMany({
      where: { id, userId: viewer.userId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) {
      const mine = await tx.transcriptShare.findFirst({ where: { id, userId: viewer.userId }, select: { id: true } });
      if (!mine) notFound();
      return; // already revoked: nothing to do
    }
    await audit(tx, {
      actorId: viewer.userId,
      candidateId: viewer.userId,
      action: "transcript.share.revoke",
      targetType: "TranscriptShare",
      targetId: id,
    });
  });
}
