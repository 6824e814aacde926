import type { Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { DomainError, NotFoundError } from "@/lib/errors";
import { isRenewalWindowOpen, renewalWindowOpens, renewedExpiry } from "@/lib/rules/certification";

export type RenewalInput = {
  renewedOn: Date;
  /** Where the renewal came from: "admin", "import", "renewal assessment". */
  source: string;
  /** The importing system's record id; renewing twice with the same id changes nothing. */
  sourceRecordId?: string | null;
  actorId?: string | null;
};

export type RenewalResult = {
  renewalId: string;
  earnedCertificationId: string;
  previousExpiresOn: Date;
  newExpiresOn: Date;
  /** false when sourceRecordId had already been recorded (nothing changed). */
  created: boolean;
};

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Records a renewal: the expiry moves one validity period on from the CURRENT expiry (renewing early loses
 * nothing), the history row is kept, and the certification's badges follow so their verification shows the new
 * date under the same badge id. Runs in the caller's transaction; the row is locked so two renewals cannot both
 * start from the same expiry.
 */
export async function renewCertification(
  tx: Tx,
  earnedCertificationId: string,
  input: RenewalInput,
): Promise<RenewalResult> {
  if (input.sourceRecordId) {
    const done = await tx.certificationRenewal.findUnique({ where: { sourceRecordId: input.sourceRecordId } });
    if (done) {
      if (done.earnedCertificationId !== earnedCertificationId) {
        throw new DomainError(`Renewal record ${input.sourceRecordId} was already recorded for another certification.`);
      }
      return {
        renewalId: done.id,
        earnedCertificationId,
        previousExpiresOn: done.previousExpiresOn,
        newExpiresOn: done.newExpiresOn,
        created: false,
      };
    }
  }

  await tx.$queryRaw`SELECT id FROM "EarnedCertification" WHERE id = ${earnedCertificationId} FOR UPDATE`;
  const earned = await tx.earnedCertification.findUnique({
    where: { id: earnedCertificationId },
    select: {
      id: true,
      userId: true,
      expiresOn: true,
      status: true,
      certification: { select: { title: true, validityMonths: true, status: true } },
    },
  });
  if (!earned) throw new NotFoundError("That certification");
  const { certification: cert } = earned;
  if (!earned.expiresOn || !cert.validityMonths) {
    throw new DomainError(`${cert.title} never expires, so it cannot be renewed.`);
  }
  if (earned.status === "RETIRED" || cert.status === "RETIRED") {
    throw new DomainError(`${cert.title} is retired and can no longer be renewed.`);
  }
  if (!isRenewalWindowOpen(earned.expiresOn, input.renewedOn)) {
    const opens = renewalWindowOpens(earned.expiresOn);
    throw new DomainError(
      input.renewedOn >= earned.expiresOn
        ? `${cert.title} expired on ${day(earned.expiresOn)}; an expired certification cannot be renewed: the exam must be passed again.`
        : `The renewal window for ${cert.title} opens on ${day(opens)}, six months before it expires on ${day(earned.expiresOn)}.`,
      { renewedOn: ["The renewal date must fall within the renewal window."] },
    );
  }

  const previousExpiresOn = earned.expiresOn;
  const newExpiresOn = renewedExpiry(previousExpiresOn, cert.validityMonths);
  await tx.earnedCertification.update({
    where: { id: earned.id },
    data: { expiresOn: newExpiresOn, renewedOn: input.renewedOn, status: "ACTIVE" },
  });
  const renewal = await tx.certificationRenewal.create({
    data: {
      earnedCertificationId: earned.id,
      renewedOn: input.renewedOn,
      previousExpiresOn,
      newExpiresOn,
      source: input.source,
      sourceRecordId: input.sourceRecordId ?? null,
    },
  });

  const badges = await tx.badge.findMany({ where: { earnedCertificationId: earned.id }, select: { id: true } });
  if (badges.length > 0) {
    await tx.badge.updateMany({ where: { earnedCertificationId: earned.id }, data: { expiresOn: newExpiresOn } });
    await tx.badgeEvent.createMany({
      data: badges.map((b) => ({
        badgeId: b.id,
        type: "RENEWED" as const,
        actorId: input.actorId ?? null,
        detail: {
          previousExpiresOn: previousExpiresOn.toISOString(),
          newExpiresOn: newExpiresOn.toISOString(),
          renewalId: renewal.id,
        },
      })),
    });
  }

  await audit(tx, {
    actorId: input.actorId ?? null,
    action: "certification.renew",
    targetType: "EarnedCertification",
    targetId: earned.id,
    candidateId: earned.userId,
    detail: {
      source: input.source,
      sourceRecordId: input.sourceRecordId ?? null,
      renewedOn: input.renewedOn.toISOString(),
      previousExpiresOn: previousExpiresOn.toISOString(),
      newExpiresOn: newExpiresOn.toISOString(),
    },
  });
  return { renewalId: renewal.id, earnedCertificationId: earned.id, previousExpiresOn, newExpiresOn, created: true };
}
