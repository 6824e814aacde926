"use client";

import { useActionState, useState } from "react";
import { decideBadgeAction } from "@/lib/candidate/badges/actions/decide-badge";
import { decideClaimAction } from "@/lib/candidate/badges/actions/decide-claim";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type Target = { token: string; badgeId?: never } | { badgeId: string; token?: never };

/**
 * Accept, or reject after an explicit confirmation: rejecting is final, so the first click only reveals the
 * confirmation step.
 */
export function DecisionForm({ target, badgeName }: { target: Target; badgeName: string }) {
  const action = target.token ? decideClaimAction : decideBadgeAction;
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const [confirming, setConfirming] = useState(false);
  const hidden = target.token ? <input type="hidden" name="token" value={target.token} /> : <input type="hidden" name="badgeId" value={target.badgeId} />;
  return (
    <div className="space-y-3">
      {!confirming ? (
        <form action={formAction} className="flex flex-wrap gap-3">
          {hidden}
          <Button name="decision" value="accept" disabled={pending}>
            Accept badge
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)} disabled={pending}>
            Reject…
          </Button>
        </form>
      ) : (
        <form action={formAction} className="space-y-3 rounded-md border border-red-300 bg-red-50 p-4">
          {hidden}
          <input type="hidden" name="decision" value="reject" />
          <p className="font-semibold text-red-900">Reject “{badgeName}”?</p>
          <p className="text-sm text-slate-800">A rejected badge cannot be accepted later, shared or verified. This cannot be undone.</p>
          <label className="flex items-center gap-2 text-sm text-slate-900">
            <input type="checkbox" name="confirm" required className="h-4 w-4" /> I understand, reject this badge permanently
          </label>
          <div className="flex flex-wrap gap-3">
            <Button variant="danger" disabled={pending}>
              Reject permanently
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Keep the badge
            </Button>
          </div>
        </form>
      )}
      <FormStatus message={state.message} ok={state.ok} />
    </div>
  );
}
