"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { adminAction } from "@/lib/admin/guard";
import { recordId } from "@/lib/validation/text";
import { updateCertification } from "@/lib/admin/catalogue/certifications";
import { certificationSchema } from "@/lib/validation/catalogue";

export const updateCertificationAction = adminAction(
  { schema: z.object({ id: recordId }).and(certificationSchema) },
  async ({ id, ...input }) => {
    await updateCertification(id, input);
    revalidatePath("/admin/catalogue", "layout");
    return { ok: true, message: `Certification ${input.code} saved.` };
  },
);
