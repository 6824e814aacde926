"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/forms/action-client";
import { candidateAction } from "@/lib/candidate/guard";
import { createTranscriptShare } from "@/lib/candidate/transcript/shares";
import { shareSchema } from "@/lib/validation/transcript";

/** The new link and its access code travel back in the form state once; only the code's hash is kept. */
export type CreateShareState = ActionState & { share?: { url: string; accessCode: string } };

export const createShare = candidateAction<typeof shareSchema, CreateShareState>(
  { schema: shareSchema },
  async (input) => {
    const share = await createTranscriptShare(input);
    revalidatePath("/transcript/share");
    return { ok: true, message: "Share link created.", share: { url: share.url, accessCode: share.accessCode } };
  },
);
