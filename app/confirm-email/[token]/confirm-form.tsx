"use client";

import Link from "next/link";
import { useActionState } from "react";
import { confirmEmail } from "@/lib/candidate/profile/actions/confirm-email";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function ConfirmForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(confirmEmail, initialActionState);
  if (state.ok) {
    return (
      <div className="space-y-3">
        <FormStatus message={state.message} ok />
        <Link href="/profile#emails" className="font-medium text-brand-700 underline">
          Back to your profile
        </Link>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <Button type="submit" disabled={pending}>
        {pending ? "Confirming…" : `Confirm ${email}`}
      </Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
