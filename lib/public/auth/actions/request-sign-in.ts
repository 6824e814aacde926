"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { signIn } from "@/lib/auth";
import { consumeSignInAttempt } from "@/lib/auth/sign-in-limit";
import { minutes } from "@/lib/security/rate-limit";
import { clientAddress } from "@/lib/security/client-address";
import type { ActionState } from "@/lib/forms/action-client";
import { signInSchema } from "@/lib/validation/auth";

/** Sends a magic link. Answers the same whether or not the address has an account. */
export async function requestSignIn(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = { email: String(form.get("email") ?? ""), callbackUrl: String(form.get("callbackUrl") ?? "") };
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const limit = await consumeSignInAttempt(parsed.data.email, clientAddress(await headers()));
  if (!limit.allowed) {
    return {
      ok: false,
      message: `Too many sign-in requests for this address. Try again in ${minutes(limit.retryAfterSeconds)}.`,
      values,
    };
  }
  // Redirects to the check-your-email page; the redirect is a thrown signal, so nothing may catch it here.
  await signIn("nodemailer", { email: parsed.data.email, redirectTo: parsed.data.callbackUrl ?? "/dashboard" });
  return { ok: true };
}
