"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { restoreCertification } from "@/lib/admin/catalogue/catalogue";
import { idSchema } from "@/lib/validation/catalogue";

export const restoreCertificationAction = formAction({ roles: ["ADMIN"], schema: idSchema }, async ({ id }) => {
  const cert = await restoreCertification(id);
  revalidatePath("/admin/catalogue", "layout");
  return { ok: true, message: `Certification ${cert.code} is active again.` };
});
