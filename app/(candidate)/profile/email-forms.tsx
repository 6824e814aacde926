"use client";

import { useActionState } from "react";
import { addSecondaryEmail } from "@/lib/candidate/profile/actions/add-secondary-email";
import { removeSecondaryEmail } from "@/lib/candidate/profile/actions/remove-secondary-email";
import { initialActionState } from "@/lib/forms/form-state";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function AddEmailForm() {
  const [state, action, pending] = useActionState(addSecondaryEmail, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate key={state.ok ? state.message : "editing"}>
      <TextField
        label="Add another email address"
        name="email"
        type="email"
        autoComplete="email"
        hint="An address your exam results or badges may have been sent to. We email it a link to confirm it is yours."
        defaultValue={state.ok ? "" : state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Sending…" : "Send confirmation link"}
        </Button>
        <FormStatus message={state.message} ok={state.ok} />
      </div>
    </form>
  );
}

export function RemoveEmailButton({ id, email }: { id: string; email: string }) {
  const [state, action, pending] = useActionState(removeSecondaryEmail, initialActionState);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" disabled={pending} aria-label={`Remove ${email}`} className="px-3 py-1">
        Remove
      </Button>
      {!state.ok && state.message && <FormStatus message={state.message} />}
    </form>
  );
}
