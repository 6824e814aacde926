"use server";

import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/actions/safe-action";
import { uploadTemplateImage } from "@/lib/dal/admin/templates";
import { DomainError } from "@/lib/errors";
import { requireRole } from "@/lib/session";

/** Files are not form text, so this action reads the upload itself; the role check still comes first. */
export async function uploadTemplateImageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  await requireRole("ADMIN");
  const id = String(form.get("id") ?? "");
  const file = form.get("image");
  if (!(file instanceof File) || file.size === 0) {
    return { ok: false, message: "Choose an image to upload.", fieldErrors: { image: ["Choose an SVG or PNG file."] } };
  }
  try {
    await uploadTemplateImage(id, { bytes: Buffer.from(await file.arrayBuffer()), mimeType: file.type, filename: file.name });
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  revalidatePath(`/admin/templates/${id}`);
  return { ok: true, message: `${file.name} uploaded; the badge images were rendered.` };
}
