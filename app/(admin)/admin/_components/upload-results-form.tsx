"use client";

import { useActionState } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-client";
import { initialActionState } from "@/lib/forms/form-state";
import { FileField } from "@/components/ui/file-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { examResultsFile, IMPORT_MAX_BYTES } from "@/lib/validation/imports";
import { byteSize, fileProblem } from "@/lib/validation/uploads";

/**
 * Posts the file to the import route rather than to a server action: partner files run to tens of megabytes,
 * beyond what a server action accepts, and the route is the same one partner systems use.
 */
export function UploadResultsForm() {
  const router = useRouter();
  const [state, action, pending] = useActionState(async (_prev: ActionState, form: FormData): Promise<ActionState> => {
    // Checked here too, so a file the route would refuse is not sent first (up to 50 MB for nothing).
    const problem = fileProblem(examResultsFile, form.get("file"));
    if (problem) return { ok: false, message: problem, fieldErrors: { file: [problem] } };
    const response = await fetch("/api/imports/exam-results", { method: "POST", body: form });
    const body = (await response.json().catch(() => ({}))) as {
      id?: string;
      error?: string;
      fieldErrors?: Record<string, string[]>;
    };
    if (response.status === 202 && body.id) {
      router.push(`/admin/imports/${body.id}`);
      return { ok: true, message: "Uploaded. Opening the import…" };
    }
    return {
      ok: false,
      message: body.error ?? `The upload failed (${response.status}).`,
      fieldErrors: body.fieldErrors,
    };
  }, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FileField
        label="Exam results file (CSV)"
        name="file"
        accept=".csv,text/csv"
        required
        errors={state.fieldErrors?.file}
        hint={
          <>
            UTF-8 CSV with the header{" "}
            <code className="break-all">email,name,exam_code,date,score,pass,channel,source_record_id</code>. Dates as
            YYYY-MM-DD. At most {byteSize(IMPORT_MAX_BYTES)}.
          </>
        }
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Uploading…" : "Upload and import"}
      </Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
