"use client";

import { useActionState } from "react";
import { requestNameChange } from "@/lib/candidate/profile/actions/request-name-change";
import { initialActionState } from "@/lib/forms/form-state";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function NameChangeForm() {
  const [state, action, pending] = useActionState(requestNameChange, initialActionState);
  if (state.ok) return <FormStatus message={state.message} ok />;
  const errors = state.fieldErrors ?? {};
  const reasonError = errors.reason?.length ? "field-reason-error" : undefined;
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <Field label="New first name(s)" name="requestedFirstName" autoComplete="given-name" defaultValue={state.values?.requestedFirstName} errors={errors.requestedFirstName} />
      <Field label="New last name" name="requestedLastName" autoComplete="family-name" defaultValue={state.values?.requestedLastName} errors={errors.requestedLastName} />
      <div className="sm:col-span-2">
        <label htmlFor="field-reason" className="block text-sm font-medium text-slate-800">
          Reason
        </label>
        <p id="field-reason-hint" className="mt-0.5 text-sm text-slate-600">
          For example: marriage, a spelling mistake, a name that does not match your ID. Support may ask for a document.
        </p>
        <textarea
          id="field-reason"
          name="reason"
          rows={3}
          maxLength={1000}
          defaultValue={state.values?.reason}
          aria-invalid={reasonError ? true : undefined}
          aria-describedby={["field-reason-hint", reasonError].filter(Boolean).join(" ")}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm"
        />
        {reasonError && (
          <p id={reasonError} className="mt-1 text-sm text-red-700">
            {errors.reason!.join(" ")}
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Sending…" : "Send name change request"}
        </Button>
        <FormStatus message={state.message} ok={state.ok} />
      </div>
    </form>
  );
}
