"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-client";
import { initialActionState } from "@/lib/forms/form-state";
import { FormStatus } from "@/components/ui/form-status";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function RetryButton({ id, action: run, label }: { id: string; action: Action; label: string }) {
  const [state, action, pending] = useActionState(run, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending || state.ok} aria-label={label} className="rounded-md border border-slate-400 px-2 py-1 text-xs font-semibold text-slate-800 hover:bg-slate-100 disabled:text-slate-600">
        {state.ok ? "Queued" : "Retry"}
      </button>
      <FormStatus message={state.ok ? undefined : state.message} ok={state.ok} />
    </form>
  );
}
