"use client";

import { useActionState } from "react";
import { uploadTemplateImageAction } from "@/lib/actions/admin/upload-template-image";
import { initialActionState } from "@/lib/actions/form-state";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function TemplateImageForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(uploadTemplateImageAction, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={id} />
      <Field label="Badge image" name="image" type="file" accept="image/svg+xml,image/png" required errors={state.fieldErrors?.image} hint="SVG, or a square PNG of at least 300 × 300 pixels; at most 1 MB." />
      <Button type="submit" disabled={pending}>{pending ? "Uploading…" : "Upload image"}</Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
