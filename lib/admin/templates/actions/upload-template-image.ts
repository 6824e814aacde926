"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { uploadTemplateImage } from "@/lib/admin/templates/templates";
import { templateImageUpload } from "@/lib/validation/catalogue";

/**
 * The form checks the size before sending; the schema checks again for a request that did not come from the form.
 * One field, so a refusal says what is wrong with the file rather than "some fields need attention".
 */
export const uploadTemplateImageAction = adminAction(
  {
    schema: templateImageUpload,
    invalid: (errors) => errors.image?.[0] ?? errors.id?.[0] ?? "Choose an image to upload.",
  },
  async ({ id, image }) => {
    await uploadTemplateImage(id, {
      bytes: Buffer.from(await image.arrayBuffer()),
      mimeType: image.type,
      filename: image.name,
    });
    revalidatePath(`/admin/templates/${id}`);
    return { ok: true, message: `${image.name} uploaded; the badge images were rendered.` };
  },
);
