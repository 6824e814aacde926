"use client";

import { useActionState } from "react";
import { revokeShare } from "@/lib/candidate/transcript/actions/revoke-share";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function RevokeShareButton({ id, label }: { id: string; label: string }) {
  const [state, action, pending] = useActionState(revokeShare, initialActionState);
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="danger" disabled={pending} aria-label={`Revoke ${label}`}>
        {pending ? "Revoking…" : "Revoke"}
      </Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
