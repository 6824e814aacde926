"use client";

import { useActionState } from "react";
import { revokeShare } from "@/lib/candidate/transcript/actions/revoke-share";
import { initialActionState } from "@/lib/forms/form-state";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";

export function RevokeShareButton({ id, label }: { id: string; label: string }) {
  const [state, action, pending] = useActionState(revokeShare, initialActionState);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ConfirmDialog
        trigger={pending ? "Revoking…" : "Revoke"}
        triggerLabel={`Revoke ${label}`}
        title={`Revoke ${label}?`}
        confirmLabel="Yes, revoke the link"
        cancelLabel="Keep the link"
        action={action}
        pending={pending}
      >
        <input type="hidden" name="id" value={id} />
        <p>
          Whoever has the link and its code can no longer open your transcript. A revoked link cannot be turned back on;
          you can create a new one.
        </p>
      </ConfirmDialog>
      <FormStatus message={state.message} ok={state.ok} />
    </div>
  );
}
