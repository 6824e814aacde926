"use client";

import { useActionState } from "react";
import { closePostingAction } from "@/lib/admin/postings/actions/close-posting";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function ClosePostingButton({ postingId, title, back }: { postingId: string; title: string; back: string }) {
  const [state, action, pending] = useActionState(closePostingAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="postingId" value={postingId} />
      <input type="hidden" name="back" value={back} />
      <Button type="submit" variant="secondary" size="sm" disabled={pending}>
        Close<span className="sr-only"> “{title}”</span>
      </Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
