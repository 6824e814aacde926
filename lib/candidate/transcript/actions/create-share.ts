"use server";

import { revalidatePath } from "next/cache";
import { formAction, type ActionState } from "@/lib/forms/action-client";
import { createTranscriptShare } from "@/lib/candidate/transcript/shares";
import { shareSchema } from "@/lib/validation/transcript";

/** The new link and its access code travel back in the form state once; only the code's hash is kept. */
export type CreateShareState = ActionState & { share?: { url: string; accessCode: string } };

const run = formAction({ roles: ["CANDIDATE"], schema: shareSchema }, async (input) => {
  const share = await createTranscriptShare(input);
  revalidatePath("/transcript/share");
  return { ok: true, message: "Share link created.", share: { url: share.url, accessCode: share.accessCode } } as ActionState;
});

export async function createShare(prev: CreateShareState, form: FormData): Promise<CreateShareState> {
  return run(prev, form);
}
