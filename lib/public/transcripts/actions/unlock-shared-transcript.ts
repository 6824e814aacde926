"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { DomainError } from "@/lib/errors";
import { publicAction } from "@/lib/public/guard";
import { unlockSharedTranscript } from "@/lib/public/transcripts/shared";
import { clientAddress } from "@/lib/security/client-address";
import { unlockShareSchema } from "@/lib/validation/transcript";

/** Anyone with the link may try a code (no session): the data function limits attempts and only a right code unlocks. */
export const unlockShared = publicAction(
  { schema: unlockShareSchema, invalid: () => "Check the access code." },
  async ({ shareId, accessCode }) => {
    const result = await unlockSharedTranscript(shareId, accessCode, clientAddress(await headers()));
    if (!result.ok) {
      if (result.reason === "wrong-code") {
        const message = "That access code does not match this link. Check it with the person who shared it.";
        throw new DomainError(message, { accessCode: [message] });
      }
      if (result.reason === "rate-limited") throw new DomainError(result.message);
      // Revoked, expired or unknown: the page says which when it reloads.
      redirect(`/shared-transcript/${shareId}`);
    }
    const path = `/shared-transcript/${shareId}`;
    (await cookies()).set(`share_${shareId}`, result.grant, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.APP_URL?.startsWith("https:") ?? false,
      path,
      maxAge: result.maxAgeSeconds,
    });
    redirect(path);
  },
);
