import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/email/outbox";
import { profileSearchText } from "@/lib/rules/search-text";
import { hashToken, newToken } from "@/lib/security/tokens";
import { requireCandidate } from "@/lib/candidate/guard";
import { contactDetailsSchema, type ContactDetails } from "@/lib/validation/profile";
import { parseInput } from "@/lib/validation/parse";
import { notFound } from "next/navigation";

export const CONFIRM_EMAIL_HOURS = 24;
const CONFIRM_EMAIL_MS = CONFIRM_EMAIL_HOURS * 60 * 60 * 1000;

/** Said whoever holds the address, so the answer never tells whose account it is. */
const ADDRESS_TAKEN =
  "That address cannot be added to your profile. If it is yours and belongs to another account, contact support to merge them.";

/** The signed-in candidate's certification profile, contact details and addresses. */
export async function getMyProfile() {
  const viewer = await requireCandidate();
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.userId },
    select: {
      email: true,
      profile: true,
      emails: { orderBy: { createdAt: "asc" }, select: { id: true, email: true, confirmedAt: true, createdAt: true } },
    },
  });
  const p = user.profile;
  if (!p) notFound();
  return {
    primaryEmail: user.email,
    mcid: p.mcid,
    legalFirstName: p.legalFirstName,
    legalLastName: p.legalLastName,
    contact: {
      preferredName: p.preferredName,
      phone: p.phone,
      addressLine1: p.addressLine1,
      addressLine2: p.addressLine2,
      city: p.city,
      region: p.region,
      postalCode: p.postalCode,
      country: p.country,
      locale: p.locale,
    },
    secondaryEmails: user.emails.map((e) => ({
      id: e.id,
      email: e.email,
      confirmedAt: e.confirmedAt,
      // An unconfirmed address whose link has lapsed can be sent a new one.
      linkExpired: !e.confirmedAt && e.createdAt.getTime() + CONFIRM_EMAIL_MS < Date.now(),
    })),
  };
}

export async function updateMyContactDetails(raw: ContactDetails) {
  const viewer = await requireCandidate();
  const input = parseInput(contactDetailsSchema, raw);
  await db.$transaction(async (tx) => {
    const profile = await tx.candidateProfile.findUnique({ where: { userId: viewer.userId } });
    if (!profile) notFound();
    await tx.candidateProfile.update({
      where: { userId: viewer.userId },
      data: {
        ...input,
        // Support finds people by any name they go by, so the search text follows the preferred name.
        searchText: profileSearchText({ ...profile, preferredName: input.preferredName }),
      },
    });
    await audit(tx, {
      actorId: viewer.userId,
      candidateId: viewer.userId,
      action: "profile.update",
      targetType: "CandidateProfile",
      targetId: profile.id,
      detail: {
        fields: Object.keys(input).filter(
          (k) => input[k as keyof ContactDetails] !== profile[k as keyof ContactDetails],
        ),
      },
    });
  });
}

/**
 * Adds an unconfirmed secondary address and mails it a single-use confirmation link. An address that is already
 * someone's (primary, confirmed, or recently claimed and awaiting confirmation) is refused without saying whose.
 */
export async function addSecondaryEmail(email: string) {
  const viewer = await requireCandidate();
  const address = email.trim().toLowerCase();
  const now = new Date();
  try {
    await db.$transaction(async (tx) => {
      const me = await tx.user.findUniqueOrThrow({ where: { id: viewer.userId }, select: { email: true } });
      if (me.email === address)
        throw new DomainError("That is already your primary address.", {
          email: ["That is already your primary address."],
        });
      if (await tx.user.findUnique({ where: { email: address }, select: { id: true } })) {
        throw new DomainError(ADDRESS_TAKEN, { email: [ADDRESS_TAKEN] });
      }
      let row = await tx.candidateEmail.findUnique({ where: { email: address } });
      if (row && row.userId !== viewer.userId) {
        // An unconfirmed claim whose link lapsed holds the address for nobody: release it.
        const stale = !row.confirmedAt && row.createdAt.getTime() + CONFIRM_EMAIL_MS < now.getTime();
        if (!stale) throw new DomainError(ADDRESS_TAKEN, { email: [ADDRESS_TAKEN] });
        await tx.candidateEmail.delete({ where: { id: row.id } });
        row = null;
      }
      if (row?.confirmedAt) {
        throw new DomainError("That address is already confirmed on your profile.", {
          email: ["That address is already on your profile."],
        });
      }
      if (row) {
        // Asking again sends a fresh link and retires the earlier ones.
        await tx.candidateEmail.update({ where: { id: row.id }, data: { createdAt: now } });
        await tx.actionToken.updateMany({
          where: {
            userId: viewer.userId,
            purpose: "CONFIRM_EMAIL",
            usedAt: null,
            payload: { path: ["candidateEmailId"], equals: row.id },
          },
          data: { usedAt: now },
        });
      } else {
        const count = await tx.candidateEmail.count({ where: { userId: viewer.userId } });
        if (count >= 10) throw new DomainError("A profile can have at most 10 additional addresses. Remove one first.");
        row = await tx.candidateEmail.create({ data: { userId: viewer.userId, email: address } });
      }
      const token = newToken();
      await tx.actionToken.create({
        data: {
          purpose: "CONFIRM_EMAIL",
          tokenHash: hashToken(token),
          userId: viewer.userId,
          payload: { candidateEmailId: row.id, email: address },
          expiresAt: new Date(now.getTime() + CONFIRM_EMAIL_MS),
        },
      });
      const { APP_URL, ISSUER_NAME } = env();
      const url = new URL(`/confirm-email/${token}`, APP_URL).toString();
      await queueEmail(tx, {
        template: "confirm-email",
        to: address,
        userId: viewer.userId,
        sensitive: true,
        data: { url, address, hours: CONFIRM_EMAIL_HOURS, issuer: ISSUER_NAME },
      });
      await audit(tx, {
        actorId: viewer.userId,
        candidateId: viewer.userId,
        action: "profile.email.add",
        targetType: "CandidateEmail",
        targetId: row.id,
      });
    });
  } catch (error) {
    // Two people adding the same address at once: the loser gets the same answer as any taken address.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError(ADDRESS_TAKEN, { email: [ADDRESS_TAKEN] });
    }
    throw error;
  }
}

type TokenPayload = { candidateEmailId: string; email: string };

async function usableToken(token: string, userId: string, now: Date) {
  const row = await db.actionToken.findUnique({ where: { tokenHash: hashToken(token) } });
  // A link made for another account is treated as no link at all.
  if (row?.purpose !== "CONFIRM_EMAIL" || row.userId !== userId) return null;
  if (row.usedAt || row.expiresAt <= now) return { row, usable: false as const };
  return { row, usable: true as const };
}

/**
 * What a confirmation link would confirm, for the page that asks the candidate to press the button. Only the
 * account that asked may confirm: otherwise someone could add a victim's address to their own account and get the
 * victim to click, capturing their exam results.
 */
export async function describeEmailConfirmation(token: string) {
  const viewer = await requireCandidate();
  const found = await usableToken(token, viewer.userId, new Date());
  if (!found) return { state: "invalid" as const };
  const { email } = found.row.payload as TokenPayload;
  if (!found.usable) {
    const confirmed = await db.candidateEmail.findFirst({
      where: { email, userId: viewer.userId, confirmedAt: { not: null } },
    });
    return { state: confirmed ? ("confirmed" as const) : ("expired" as const), email };
  }
  return { state: "ready" as const, email };
}

export async function confirmSecondaryEmail(token: string) {
  const viewer = await requireCandidate();
  const now = new Date();
  return db.$transaction(async (tx) => {
    const row = await tx.actionToken.findUnique({ where: { tokenHash: hashToken(token) } });
    if (row?.purpose !== "CONFIRM_EMAIL" || row.userId !== viewer.userId) {
      throw new DomainError("This confirmation link is not valid for the account you are signed in with.");
    }
    // Single use even under concurrent clicks: only one conditional update can win.
    const { count } = await tx.actionToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count !== 1)
      throw new DomainError(
        "This confirmation link has expired or was already used. Add the address again to get a new link.",
      );
    const { candidateEmailId, email } = row.payload as TokenPayload;
    const target = await tx.candidateEmail.findFirst({ where: { id: candidateEmailId, userId: viewer.userId } });
    if (!target) throw new DomainError("That address was removed from your profile. Add it again to get a new link.");
    if (await tx.user.findUnique({ where: { email }, select: { id: true } })) throw new DomainError(ADDRESS_TAKEN);
    await tx.candidateEmail.update({ where: { id: target.id }, data: { confirmedAt: now } });
    await audit(tx, {
      actorId: viewer.userId,
      candidateId: viewer.userId,
      action: "profile.email.confirm",
      targetType: "CandidateEmail",
      targetId: target.id,
    });
    return { email };
  });
}

export async function removeSecondaryEmail(id: string) {
  const viewer = await requireCandidate();
  await db.$transaction(async (tx) => {
    const row = await tx.candidateEmail.findFirst({ where: { id, userId: viewer.userId } });
    if (!row) notFound();
    await tx.candidateEmail.delete({ where: { id: row.id } });
    await tx.actionToken.updateMany({
      where: {
        userId: viewer.userId,
        purpose: "CONFIRM_EMAIL",
        usedAt: null,
        payload: { path: ["candidateEmailId"], equals: row.id },
      },
      data: { usedAt: new Date() },
    });
    await audit(tx, {
      actorId: viewer.userId,
      candidateId: viewer.userId,
      action: "profile.email.remove",
      targetType: "CandidateEmail",
      targetId: row.id,
      detail: { email: row.email },
    });
  });
}
