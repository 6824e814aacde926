"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { retryEmail } from "@/lib/admin/outbox/outbox";
import { idSchema } from "@/lib/validation/catalogue";

export const retryEmailAction = adminAction({ schema: idSchema }, async ({ id }) => {
  await retryEmail(id);
  revalidatePath("/admin/outbox");
  return { ok: true, message: "Queued for another delivery attempt." };
});
