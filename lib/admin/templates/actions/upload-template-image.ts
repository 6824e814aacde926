"use server";

import { z } from "zod";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/forms/action-client";
import { uploadTemplateImage } from "@/lib/admin/templates/templates";
import { DomainError } from "@/lib/errors";
import { requireRole } from "@/lib/session";
import { templateImageUpload } from "@/lib/validation/catalogue";

/**
 * Files are not form text, so this action reads the upload itself; the role check still comes first. The form
 * checks the size before sending; this checks again for a request that did not come from the form.
 */
export async function uploadTemplateImageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  await requireRole("ADMIN");
  const parsed = templateImageUpload.safeParse({ id: form.get("id"), image: form.get("image") });
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    return { ok: false, message: fieldErrors.image?.[0] ?? fieldErrors.id?.[0] ?? "Choose an image to upload.", fieldErrors };
  }
  const { id, image } = parsed.data;
  try {
    await uploadTemplateImage(id, { bytes: Buffer.from(await image.arrayBuffer()), mimeType: image.type, filename: image.name });
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  revalidatePath(`/admin/templates/${id}`);
  return { ok: true, message: `${image.name} uploaded; the badge images were rendered.` };
}
