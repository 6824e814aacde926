"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { retryEmail } from "@/lib/admin/outbox/outbox";
import { idSchema } from "@/lib/validation/catalogue";

export const retryEmailAction = formAction({ roles: ["ADMIN"], schema: idSchema }, async ({ id }) => {
  await retryEmail(id);
  revalidatePath("/admin/outbox");
  return { ok: true, message: "Queued for another delivery attempt." };
});
