"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { retireCertification } from "@/lib/admin/catalogue/catalogue";
import { retireSchema } from "@/lib/validation/catalogue";

export const retireCertificationAction = formAction({ roles: ["ADMIN"], schema: retireSchema }, async ({ id, retiredOn }) => {
  const cert = await retireCertification(id, retiredOn);
  revalidatePath("/admin/catalogue", "layout");
  return { ok: true, message: `Certification ${cert.code} is retired. Earned records stay and show as retired.` };
});
