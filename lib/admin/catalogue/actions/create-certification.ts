"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/forms/action-client";
import { createCertification } from "@/lib/admin/catalogue/catalogue";
import { certificationSchema } from "@/lib/validation/catalogue";

export const createCertificationAction = formAction({ roles: ["ADMIN"], schema: certificationSchema }, async (input) => {
  const cert = await createCertification(input);
  revalidatePath("/admin/catalogue");
  redirect(`/admin/catalogue/certifications/${cert.id}?created=1`);
});
