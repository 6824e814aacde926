import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import Nodemailer from "next-auth/providers/nodemailer";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { getSessionAndUser } from "@/lib/auth/session-lookup";
import {
  MAGIC_LINK_MINUTES,
  SESSION_MAX_AGE_SECONDS,
  SESSION_UPDATE_AGE_SECONDS,
  secureCookiesFor,
} from "@/lib/auth/session-policy";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { createCandidate } from "@/lib/accounts/create-candidate";
import { findUserByAnyEmail } from "@/lib/accounts/find-by-email";
import { queueSignInEmail } from "@/lib/auth/sign-in-email";
import { recordSignIn } from "@/lib/auth/record-sign-in";
import { checkEntraSignIn, ENTRA_PROVIDER_ID } from "@/lib/auth/entra-linking";
import { normalizeEmailIdentifier } from "@/lib/validation/auth";
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; email: string; name?: string | null };
  }
}

/**
 * The Prisma adapter, with three changes: a new user also gets a certification profile (with its MCID), a
 * sign-in with a confirmed secondary email reaches the account that owns it rather than creating another, and the
 * per-request session lookup is one raw query (see session-lookup.ts).
 */
function adapter(): Adapter {
  const base = PrismaAdapter(db as never);
  return {
    ...base,
    async createUser(data: AdapterUser) {
      const user = await db.$transaction((tx) =>
        createCandidate(tx, { email: data.email, emailVerified: data.emailVerified }),
      );
      return user as AdapterUser;
    },
    async getUserByEmail(email: string) {
      return (await findUserByAnyEmail(db, email)) as AdapterUser | null;
    },
    getSessionAndUser,
  };
}

function config(): NextAuthConfig {
  const e = env();
  const providers: NextAuthConfig["providers"] = [
    Nodemailer({
      // Required by the provider but unused: sendVerificationRequest below queues the message for the worker.
      server: e.SMTP_URL ?? "smtp://127.0.0.1:25",
      from: e.MAIL_FROM,
      maxAge: MAGIC_LINK_MINUTES * 60,
      // The same normalisation as the sign-in form and the rate limit, so the address limited is the one mailed.
      normalizeIdentifier: normalizeEmailIdentifier,
      sendVerificationRequest: ({ identifier, url }) => queueSignInEmail(identifier, url),
    }),
  ];
  if (e.AUTH_MICROSOFT_ENTRA_ID_ID) {
    providers.push(
      MicrosoftEntraID({
        clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        // The program's records are keyed by email, so a Microsoft login may join the candidate who owns its
        // address: Auth.js links by email only with this flag, and the signIn callback (entra-linking.ts) allows it
        // only on a verified address and never for a staff account.
        allowDangerousEmailAccountLinking: true,
      }),
    );
  }
  return {
    adapter: adapter(),
    secret: e.AUTH_SECRET,
    // Read on every page without Auth.js's handler where nothing needs writing (lib/auth/session-cookie.ts).
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_UPDATE_AGE_SECONDS },
    // Behind a proxy or on localhost the Host header is the only origin we have; APP_URL pins links in mail.
    trustHost: true,
    // Over HTTPS the session cookie is __Secure- prefixed, Secure, HttpOnly and SameSite=Lax.
    useSecureCookies: secureCookiesFor(e.APP_URL),
    providers,
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider === ENTRA_PROVIDER_ID) {
          const entra = await checkEntraSignIn(db, account, profile as Record<string, unknown> | undefined);
          if (entra !== true) return entra;
        }
        // Accounts folded into another by support can no longer be signed in to.
        const row = user.id ? await db.user.findUnique({ where: { id: user.id }, select: { status: true } }) : null;
        return row?.status !== "MERGED";
      },
      session({ session, user }) {
        const u = user as AdapterUser & { role: Role };
        // Only what pages need travels in the session; everything else is read through the DAL.
        return { ...session, user: { id: u.id, role: u.role, email: u.email, name: u.name } } as typeof session;
      },
    },
    events: {
      signIn: ({ user }) => (user.id ? recordSignIn(user.id) : undefined),
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());

export function entraEnabled() {
  return Boolean(env().AUTH_MICROSOFT_ENTRA_ID_ID);
}
