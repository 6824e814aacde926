"use client";

import { useActionState } from "react";
import { requestNameChange } from "@/lib/candidate/profile/actions/request-name-change";
import { initialActionState } from "@/lib/forms/form-state";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function NameChangeForm() {
  const [state, action, pending] = useActionState(requestNameChange, initialActionState);
  if (state.ok) return <FormStatus message={state.message} ok />;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <TextField
        label="New first name(s)"
        name="requestedFirstName"
        autoComplete="given-name"
        defaultValue={state.values?.requestedFirstName}
        errors={errors.requestedFirstName}
      />
      <TextField
        label="New last name"
        name="requestedLastName"
        autoComplete="family-name"
        defaultValue={state.values?.requestedLastName}
        errors={errors.requestedLastName}
      />
      <Textarea
        className="sm:col-span-2"
        label="Reason"
        name="reason"
        hint="For example: marriage, a spelling mistake, a name that does not match your ID. Support may ask for a document."
        rows={3}
        maxLength={1000}
        defaultValue={state.values?.reason}
        errors={errors.reason}
      />
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Sending…" : "Send name change request"}
        </Button>
        <FormStatus message={state.message} ok={state.ok} />
      </div>
    </form>
  );
}
