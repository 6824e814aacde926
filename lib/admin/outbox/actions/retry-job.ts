"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { retryJob } from "@/lib/admin/outbox/outbox";
import { idSchema } from "@/lib/validation/catalogue";

export const retryJobAction = adminAction({ schema: idSchema }, async ({ id }) => {
  await retryJob(id);
  revalidatePath("/admin/outbox");
  return { ok: true, message: "The job is queued again." };
});
