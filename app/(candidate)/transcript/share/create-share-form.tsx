"use client";

import { useActionState } from "react";
import { createShare, type CreateShareState } from "@/lib/candidate/transcript/actions/create-share";
import { initialActionState } from "@/lib/forms/form-state";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function CreateShareForm() {
  const [state, action, pending] = useActionState<CreateShareState, FormData>(createShare, initialActionState);
  return (
    <div className="space-y-4">
      <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
        <Field
          label="Label (optional)"
          name="label"
          hint="Who it is for, e.g. Contoso job application. Only you see it."
          maxLength={80}
          defaultValue={state.ok ? "" : state.values?.label}
          errors={state.fieldErrors?.label}
        />
        <Field
          label="Expires on (optional)"
          name="expiresOn"
          type="date"
          hint="The link stops working after this day. Leave empty to keep it until you revoke it."
          defaultValue={state.ok ? "" : state.values?.expiresOn}
          errors={state.fieldErrors?.expiresOn}
        />
        <div className="flex items-start gap-2 sm:col-span-2">
          <input
            id="field-includeExams"
            name="includeExams"
            type="checkbox"
            defaultChecked={state.values ? state.values.includeExams === "on" : true}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="field-includeExams" className="text-sm text-slate-800">
            Include my exam history (dates, scores and results, passed and failed)
          </label>
        </div>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create share link"}
          </Button>
        </div>
      </form>
      <FormStatus message={state.share ? undefined : state.message} ok={state.ok} />
      {state.share && (
        <div role="status" className="rounded-md border border-green-300 bg-green-50 p-4 text-green-950" data-testid="new-share">
          <p className="font-semibold">Your share link is ready. Copy the access code now: it is shown only this once.</p>
          <dl className="mt-2 space-y-2 text-sm">
            <div>
              <dt className="font-medium">Link</dt>
              <dd className="break-all font-mono" data-testid="share-url">
                {state.share.url}
              </dd>
            </div>
            <div>
              <dt className="font-medium">Access code</dt>
              <dd className="font-mono text-lg tracking-wider" data-testid="share-code">
                {state.share.accessCode}
              </dd>
            </div>
          </dl>
          <p className="mt-2 text-sm">Send the link and the code separately (for example the code by phone) for the best protection.</p>
        </div>
      )}
    </div>
  );
}
