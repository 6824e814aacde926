"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { restoreCertification } from "@/lib/admin/catalogue/certifications";
import { idSchema } from "@/lib/validation/catalogue";

export const restoreCertificationAction = adminAction({ schema: idSchema }, async ({ id }) => {
  const cert = await restoreCertification(id);
  revalidatePath("/admin/catalogue", "layout");
  return { ok: true, message: `Certification ${cert.code} is active again.` };
});
