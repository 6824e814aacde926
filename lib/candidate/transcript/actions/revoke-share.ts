"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { revokeTranscriptShare } from "@/lib/candidate/transcript/shares";
import { idSchema } from "@/lib/validation/profile";

export const revokeShare = formAction({ roles: ["CANDIDATE"], schema: idSchema }, async ({ id }) => {
  await revokeTranscriptShare(id);
  revalidatePath("/transcript/share");
  return { ok: true, message: "The link was revoked: it no longer opens your transcript." };
});
