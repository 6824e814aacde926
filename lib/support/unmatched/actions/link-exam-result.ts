"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/support/guard";
import { linkExamResult } from "@/lib/support/unmatched/unmatched";
import { linkExamResultSchema } from "@/lib/validation/support";

export const linkExamResultAction = staffAction({ schema: linkExamResultSchema }, async (input) => {
  const done = await linkExamResult(input);
  revalidatePath("/support/unmatched");
  revalidatePath("/support");
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return {
    ok: true,
    message: `Linked. ${plural(done.certificationsEarned, "certification")} recorded and ${plural(done.badgesIssued, "badge")} issued.`,
  };
});
