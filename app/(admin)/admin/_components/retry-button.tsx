"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-client";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function RetryButton({ id, action: run, label }: { id: string; action: Action; label: string }) {
  const [state, action, pending] = useActionState(run, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending || state.ok} aria-label={label}>
        {state.ok ? "Queued" : "Retry"}
      </Button>
      <FormStatus message={state.ok ? undefined : state.message} ok={state.ok} />
    </form>
  );
}
