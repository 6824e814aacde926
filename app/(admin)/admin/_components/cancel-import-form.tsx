"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-client";
import { initialActionState } from "@/lib/forms/form-state";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * Cancel, in two steps: it cannot be undone, so the admin reads what it does and confirms. Stays on the page once
 * the import has ended (`open` false), so the outcome of a cancel is still said after the page refreshes.
 */
export function CancelImportForm({
  id,
  open,
  processedRows,
  totalRows,
  action: run,
}: {
  id: string;
  open: boolean;
  processedRows: number;
  totalRows: number;
  action: Action;
}) {
  const [state, action, pending] = useActionState(run, initialActionState);
  if (state.ok) return <FormStatus message={state.message} ok />;
  if (!open) return null;
  return (
    <div className="space-y-3">
      <ConfirmDialog
        trigger="Cancel this import…"
        triggerVariant="secondary"
        title="Cancel this import?"
        confirmLabel="Yes, cancel the import"
        cancelLabel="Keep importing"
        action={action}
        pending={pending}
      >
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="confirm" value="yes" />
        <p>
          This cannot be undone. The rows already processed ({processedRows.toLocaleString("en-GB")} of{" "}
          {totalRows.toLocaleString("en-GB")} so far) stay imported, with the certifications and badges they earned; the
          rest of the file is not imported. To import the rest later, upload the file again: rows already imported are
          skipped.
        </p>
      </ConfirmDialog>
      <FormStatus message={state.message} ok={state.ok} />
    </div>
  );
}
