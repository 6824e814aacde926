"use server";

import { headers } from "next/headers";
import { signIn } from "@/lib/auth";
import { consumeSignInAttempt } from "@/lib/auth/sign-in-limit";
import { DomainError } from "@/lib/errors";
import { publicAction } from "@/lib/public/guard";
import { minutes } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/security/client-address";
import { signInSchema } from "@/lib/validation/auth";

/**
 * Sends a magic link. Answers the same whether or not the address has an account. A refused address shows its
 * field error only, with no general message above the one field.
 */
export const requestSignIn = publicAction({ schema: signInSchema, invalid: () => undefined }, async (input) => {
  const limit = await consumeSignInAttempt(input.email, clientAddress(await headers()));
  if (!limit.allowed) {
    // The form shows it above the field, with the address as typed.
    throw new DomainError(
      `Too many sign-in requests for this address. Try again in ${minutes(limit.retryAfterSeconds)}.`,
    );
  }
  // Redirects to the check-your-email page; the redirect is a thrown signal, so nothing may catch it here.
  await signIn("nodemailer", { email: input.email, redirectTo: input.callbackUrl ?? "/dashboard" });
  return { ok: true };
});
