"use client";

import { useActionState } from "react";
import { closePostingAction } from "@/lib/admin/postings/actions/close-posting";
import { initialActionState } from "@/lib/forms/form-state";
import { FormStatus } from "@/components/ui/form-status";

export function ClosePostingButton({ postingId, title, back }: { postingId: string; title: string; back: string }) {
  const [state, action, pending] = useActionState(closePostingAction, initialActionState);
  return (
    <form action={action}>
      <input type="hidden" name="postingId" value={postingId} />
      <input type="hidden" name="back" value={back} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold text-slate-800 hover:bg-slate-100"
      >
        Close<span className="sr-only"> “{title}”</span>
      </button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
