"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-client";
import { initialActionState } from "@/lib/forms/form-state";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** Retire with a date (asked for once more: earners see it at once), or restore: the item and its history stay either way. */
export function RetireForm({
  id,
  retired,
  what,
  retire,
  restore,
}: {
  id: string;
  retired: boolean;
  what: string;
  retire: Action;
  restore: Action;
}) {
  const [state, action, pending] = useActionState(retired ? restore : retire, initialActionState);
  return (
    <form action={action} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={id} />
      {retired ? (
        <p className="text-sm text-slate-700">
          Restoring makes the {what} active again. Records earned meanwhile are unaffected.
        </p>
      ) : (
        <TextField
          label="Retirement date"
          name="retiredOn"
          type="date"
          required
          defaultValue={state.values?.retiredOn ?? new Date().toISOString().slice(0, 10)}
          errors={state.fieldErrors?.retiredOn}
          hint={`Results and records of this ${what} are kept and show as retired.`}
        />
      )}
      {retired ? (
        <Button type="submit" variant="secondary" disabled={pending}>
          Restore {what}
        </Button>
      ) : (
        <ConfirmDialog
          trigger={`Retire ${what}`}
          title={`Retire this ${what}?`}
          confirmLabel={`Yes, retire the ${what}`}
          pending={pending}
        >
          <p>
            From the retirement date its records show as retired on transcripts and verification pages. You can restore
            it later.
          </p>
        </ConfirmDialog>
      )}
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
