"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionState } from "@/lib/forms/action-client";
import { unlockSharedTranscript } from "@/lib/candidate/transcript/shares";
import { clientAddress } from "@/lib/security/client-address";
import { unlockShareSchema } from "@/lib/validation/transcript";

/** Anyone with the link may try a code (no session): the DAL limits attempts and only a right code unlocks. */
export async function unlockShared(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = { shareId: String(form.get("shareId") ?? ""), accessCode: String(form.get("accessCode") ?? "") };
  const parsed = unlockShareSchema.safeParse(values);
  if (!parsed.success) {
    return { ok: false, message: "Check the access code.", fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  const result = await unlockSharedTranscript(parsed.data.shareId, parsed.data.accessCode, clientAddress(await headers()));
  if (!result.ok) {
    if (result.reason === "wrong-code") {
      const message = "That access code does not match this link. Check it with the person who shared it.";
      return { ok: false, message, fieldErrors: { accessCode: [message] }, values };
    }
    if (result.reason === "rate-limited") return { ok: false, message: result.message, values };
    // Revoked, expired or unknown: the page says which when it reloads.
    redirect(`/shared-transcript/${parsed.data.shareId}`);
  }
  const path = `/shared-transcript/${parsed.data.shareId}`;
  (await cookies()).set(`share_${parsed.data.shareId}`, result.grant, {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.APP_URL?.startsWith("https:") ?? false,
    path,
    maxAge: result.maxAgeSeconds,
  });
  redirect(path);
}
