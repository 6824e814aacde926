"use client";

import { useActionState } from "react";
import { decideBadgeAction } from "@/lib/candidate/badges/actions/decide-badge";
import { decideClaimAction } from "@/lib/candidate/badges/actions/decide-claim";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";

type Target = { token: string; badgeId?: never } | { badgeId: string; token?: never };

/**
 * Accept, or reject after an explicit confirmation: rejecting is final, so the first click only opens the
 * confirmation.
 */
export function DecisionForm({ target, badgeName }: { target: Target; badgeName: string }) {
  const action = target.token ? decideClaimAction : decideBadgeAction;
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const hidden = target.token ? (
    <input type="hidden" name="token" value={target.token} />
  ) : (
    <input type="hidden" name="badgeId" value={target.badgeId} />
  );
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <form action={formAction}>
          {hidden}
          <Button name="decision" value="accept" disabled={pending}>
            Accept badge
          </Button>
        </form>
        <ConfirmDialog
          trigger="Reject…"
          triggerVariant="secondary"
          title={`Reject “${badgeName}”?`}
          confirmLabel="Reject permanently"
          cancelLabel="Keep the badge"
          action={formAction}
          pending={pending}
        >
          {hidden}
          <input type="hidden" name="decision" value="reject" />
          <p>A rejected badge cannot be accepted later, shared or verified. This cannot be undone.</p>
          <Checkbox
            id={`confirm-reject-${target.token ?? target.badgeId}`}
            name="confirm"
            label="I understand, reject this badge permanently"
            required
          />
        </ConfirmDialog>
      </div>
      <FormStatus message={state.message} ok={state.ok} />
    </div>
  );
}
