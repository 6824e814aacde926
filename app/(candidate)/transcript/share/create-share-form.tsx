"use client";

import { useActionState } from "react";
import { createShare, type CreateShareState } from "@/lib/candidate/transcript/actions/create-share";
import { initialActionState } from "@/lib/forms/form-state";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormStatus } from "@/components/ui/form-status";
import { Notice } from "@/components/ui/notice";

export function CreateShareForm() {
  const [state, action, pending] = useActionState<CreateShareState, FormData>(createShare, initialActionState);
  return (
    <div className="space-y-4">
      <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
        <TextField
          label="Label (optional)"
          name="label"
          hint="Who it is for, e.g. Contoso job application. Only you see it."
          maxLength={80}
          defaultValue={state.ok ? "" : state.values?.label}
          errors={state.fieldErrors?.label}
        />
        <TextField
          label="Expires on (optional)"
          name="expiresOn"
          type="date"
          hint="The link stops working after this day. Leave empty to keep it until you revoke it."
          defaultValue={state.ok ? "" : state.values?.expiresOn}
          errors={state.fieldErrors?.expiresOn}
        />
        <Checkbox
          className="sm:col-span-2"
          name="includeExams"
          label="Include my exam history (dates, scores and results, passed and failed)"
          defaultChecked={state.values ? state.values.includeExams === "on" : true}
        />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Creating…" : "Create share link"}
          </Button>
        </div>
      </form>
      <FormStatus message={state.share ? undefined : state.message} ok={state.ok} />
      {state.share && (
        <Notice tone="success" data-testid="new-share">
          <p className="font-semibold">
            Your share link is ready. Copy the access code now: it is shown only this once.
          </p>
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
          <p className="mt-2 text-sm">
            Send the link and the code separately (for example the code by phone) for the best protection.
          </p>
        </Notice>
      )}
    </div>
  );
}
