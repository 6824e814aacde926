"use client";

import { useActionState } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/actions/safe-action";
import { initialActionState } from "@/lib/actions/form-state";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

/**
 * Posts the file to the import route rather than to a server action: partner files run to tens of megabytes,
 * beyond what a server action accepts, and the route is the same one partner systems use.
 */
export function UploadResultsForm() {
  const router = useRouter();
  const [state, action, pending] = useActionState(async (_prev: ActionState, form: FormData): Promise<ActionState> => {
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) {
      const message = file instanceof File && file.name ? "The file is empty." : "Choose a CSV file.";
      return { ok: false, message, fieldErrors: { file: [message] } };
    }
    const response = await fetch("/api/imports/exam-results", { method: "POST", body: form });
    const body = (await response.json().catch(() => ({}))) as { id?: string; error?: string; fieldErrors?: Record<string, string[]> };
    if (response.status === 202 && body.id) {
      router.push(`/admin/imports/${body.id}`);
      return { ok: true, message: "Uploaded. Opening the import…" };
    }
    return { ok: false, message: body.error ?? `The upload failed (${response.status}).`, fieldErrors: body.fieldErrors };
  }, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <Field
        label="Exam results file (CSV)"
        name="file"
        type="file"
        accept=".csv,text/csv"
        required
        errors={state.fieldErrors?.file}
        hint="UTF-8 CSV with the header email,name,exam_code,date,score,pass,channel,source_record_id. Dates as YYYY-MM-DD."
      />
      <Button type="submit" disabled={pending}>{pending ? "Uploading…" : "Upload and import"}</Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
