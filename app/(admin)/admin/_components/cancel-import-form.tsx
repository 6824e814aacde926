"use client";

import { useActionState, useState } from "react";
import type { ActionState } from "@/lib/forms/action-client";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * Cancel, in two steps: it cannot be undone, so the admin reads what it does and confirms. Stays on the page once
 * the import has ended (`open` false), so the outcome of a cancel is still said after the page refreshes.
 */
export function CancelImportForm({ id, open, processedRows, totalRows, action: run }: { id: string; open: boolean; processedRows: number; totalRows: number; action: Action }) {
  const [state, action, pending] = useActionState(run, initialActionState);
  const [asking, setAsking] = useState(false);
  if (state.ok) return <FormStatus message={state.message} ok />;
  if (!open) return null;
  return (
    <div className="space-y-3">
      {!asking ? (
        <Button type="button" variant="secondary" onClick={() => setAsking(true)}>Cancel this import…</Button>
      ) : (
        <form action={action} className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3" aria-labelledby="cancel-import-heading">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="confirm" value="yes" />
          <h3 id="cancel-import-heading" className="font-semibold text-slate-900">Cancel this import?</h3>
          <p className="text-sm text-slate-800">
            This cannot be undone. The rows already processed ({processedRows.toLocaleString("en-GB")} of {totalRows.toLocaleString("en-GB")} so far) stay
            imported, with the certifications and badges they earned; the rest of the file is not imported. To import the rest later, upload the file
            again: rows already imported are skipped.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="danger" disabled={pending}>Yes, cancel the import</Button>
            <Button type="button" variant="secondary" onClick={() => setAsking(false)} disabled={pending}>Keep importing</Button>
          </div>
        </form>
      )}
      <FormStatus message={state.message} ok={state.ok} />
    </div>
  );
}
