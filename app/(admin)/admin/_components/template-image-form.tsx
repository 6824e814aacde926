"use client";

import { useActionState, useState } from "react";
import { uploadTemplateImageAction } from "@/lib/admin/templates/actions/upload-template-image";
import { initialActionState } from "@/lib/forms/form-state";
import { templateImageUpload, TEMPLATE_IMAGE_MAX_BYTES } from "@/lib/validation/catalogue";
import { byteSize, fileProblem } from "@/lib/validation/uploads";
import { FileField } from "@/components/ui/file-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function TemplateImageForm({ id }: { id: string }) {
  const [state, action, pending] = useActionState(uploadTemplateImageAction, initialActionState);
  const [refused, setRefused] = useState<string | null>(null);
  return (
    <form
      action={action}
      className="space-y-3"
      noValidate
      onSubmit={(e) => {
        // Checked before sending: a server action over Next.js's body limit fails with a bare error, not a message.
        const problem = fileProblem(templateImageUpload.shape.image, new FormData(e.currentTarget).get("image"));
        setRefused(problem);
        if (problem) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      <FileField
        label="Badge image"
        name="image"
        accept="image/svg+xml,image/png"
        required
        errors={refused ? [refused] : state.fieldErrors?.image}
        hint={`SVG, or a square PNG of at least 300 × 300 pixels; at most ${byteSize(TEMPLATE_IMAGE_MAX_BYTES)}.`}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Uploading…" : "Upload image"}
      </Button>
      <FormStatus message={refused ?? state.message} ok={!refused && state.ok} />
    </form>
  );
}
