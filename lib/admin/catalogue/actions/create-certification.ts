"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { adminAction } from "@/lib/admin/guard";
import { createCertification } from "@/lib/admin/catalogue/certifications";
import { certificationSchema } from "@/lib/validation/catalogue";

export const createCertificationAction = adminAction({ schema: certificationSchema }, async (input) => {
  const cert = await createCertification(input);
  revalidatePath("/admin/catalogue");
  redirect(`/admin/catalogue/certifications/${cert.id}?created=1`);
});
