import type { Db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { findUserByAnyEmail } from "@/lib/accounts/find-by-email";

export const ENTRA_PROVIDER_ID = "microsoft-entra-id";

/** Where a refused Microsoft sign-in lands; the sign-in page explains each reason. */
export const ENTRA_REFUSALS = {
  EntraUnverified:
    "Your Microsoft account did not confirm that it owns its email address. Sign in with an email link instead.",
  EntraStaff: "Staff accounts sign in with an email link; a Microsoft login is never joined to them automatically.",
} as const;
type Refusal = keyof typeof ENTRA_REFUSALS;

/**
 * Entra ID's `email` claim is whatever the account's owner typed, unverified unless the tenant says otherwise
 * ("nOAuth"). Only the `xms_edov` optional claim (email domain owner verified) or an OIDC `email_verified` says
 * the address really belongs to the person signing in.
 */
export function entraEmailVerified(profile: Record<string, unknown> | undefined): boolean {
  const flag = (v: unknown) => v === true || v === 1 || v === "1" || v === "true";
  return Boolean(profile && (flag(profile.xms_edov) || flag(profile.email_verified)));
}

/**
 * Decides a Microsoft sign-in that is not yet linked to one of our users. A login already linked is its owner's;
 * an unlinked one may create a candidate, or join the candidate who owns its address, only on a verified address;
 * it never joins a support or admin account, whose owners link nothing by email.
 */
export function entraLinkDecision(input: {
  linked: boolean;
  emailVerified: boolean;
  existing: { role: Role } | null;
}): { allow: true } | { allow: false; reason: Refusal } {
  if (input.linked) return { allow: true };
  if (!input.emailVerified) return { allow: false, reason: "EntraUnverified" };
  if (input.existing && input.existing.role !== "CANDIDATE") return { allow: false, reason: "EntraStaff" };
  return { allow: true };
}

/** The signIn callback's half for Entra: true to go on, or the sign-in page's address with the reason. */
export async function checkEntraSignIn(
  db: Db,
  account: { provider: string; providerAccountId: string },
  profile: Record<string, unknown> | undefined,
): Promise<true | string> {
  const linked = await db.account.findUnique({
    where: { provider_providerAccountId: { provider: account.provider, providerAccountId: account.providerAccountId } },
    select: { id: true },
  });
  const email = typeof profile?.email === "string" ? profile.email : "";
  const existing = email ? await findUserByAnyEmail(db, email) : null;
  const decision = entraLinkDecision({ linked: Boolean(linked), emailVerified: entraEmailVerified(profile), existing });
  return decision.allow ? true : `/sign-in?error=${decision.reason}`;
}
