"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { retryJob } from "@/lib/admin/outbox/outbox";
import { idSchema } from "@/lib/validation/catalogue";

export const retryJobAction = formAction({ roles: ["ADMIN"], schema: idSchema }, async ({ id }) => {
  await retryJob(id);
  revalidatePath("/admin/outbox");
  return { ok: true, message: "The job is queued again." };
});
