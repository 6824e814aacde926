"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/admin/guard";
import { closePosting } from "@/lib/admin/postings/postings";
import { closePostingSchema } from "@/lib/validation/posting";

/**
 * A closed posting leaves the current list, taking its form with it, so the confirmation travels in the URL of the
 * list the admin came from.
 */
export const closePostingAction = adminAction({ schema: closePostingSchema }, async ({ postingId, back }) => {
  await closePosting(postingId);
  revalidatePath("/admin/postings");
  revalidatePath("/opportunities");
  const url = new URL(back, "http://x");
  url.searchParams.set("closed", postingId);
  redirect(`${url.pathname}${url.search}`);
});
