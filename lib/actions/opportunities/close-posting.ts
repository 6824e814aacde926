"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/safe-action";
import { closePosting } from "@/lib/dal/admin-postings";
import { closePostingSchema } from "@/lib/validation/job-posting";

export const closePostingAction = formAction({ roles: ["ADMIN"], schema: closePostingSchema }, async ({ postingId }) => {
  const result = await closePosting(postingId);
  revalidatePath("/admin/postings");
  revalidatePath("/opportunities");
  return { ok: true, message: result.alreadyClosed ? `“${result.title}” was already closed.` : `Closed “${result.title}”.` };
});
