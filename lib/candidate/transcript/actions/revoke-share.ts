"use server";

import { revalidatePath } from "next/cache";
import { candidateAction } from "@/lib/candidate/guard";
import { revokeTranscriptShare } from "@/lib/candidate/transcript/shares";
import { idSchema } from "@/lib/validation/profile";

export const revokeShare = candidateAction({ schema: idSchema }, async ({ id }) => {
  await revokeTranscriptShare(id);
  revalidatePath("/transcript/share");
  return { ok: true, message: "The link was revoked: it no longer opens your transcript." };
});
