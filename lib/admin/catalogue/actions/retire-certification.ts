"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { retireCertification } from "@/lib/admin/catalogue/certifications";
import { retireSchema } from "@/lib/validation/catalogue";

export const retireCertificationAction = adminAction({ schema: retireSchema }, async ({ id, retiredOn }) => {
  const cert = await retireCertification(id, retiredOn);
  revalidatePath("/admin/catalogue", "layout");
  return { ok: true, message: `Certification ${cert.code} is retired. Earned records stay and show as retired.` };
});
