"use client";

import { useActionState } from "react";
import { setBadgeVisibilityAction } from "@/lib/candidate/badges/actions/set-badge-visibility";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function VisibilityForm({ badgeId, isPublic }: { badgeId: string; isPublic: boolean }) {
  const [state, formAction, pending] = useActionState(setBadgeVisibilityAction, initialActionState);
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="badgeId" value={badgeId} />
      <input type="hidden" name="public" value={isPublic ? "false" : "true"} />
      <p className="text-sm text-slate-700">
        {isPublic
          ? "Public: anyone with the link can see and verify this badge."
          : "Private: only you can see this badge. Its verification page says only that it is private."}
      </p>
      <Button variant="secondary" disabled={pending}>
        {isPublic ? "Make private" : "Make public"}
      </Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
