"use client";

import { useActionState } from "react";
import { requestSignIn } from "@/lib/public/auth/actions/request-sign-in";
import { initialActionState } from "@/lib/forms/form-state";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function SignInForm({ callbackUrl, defaultEmail }: { callbackUrl?: string; defaultEmail?: string }) {
  const [state, action, pending] = useActionState(requestSignIn, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <TextField
        label="Email address"
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={state.values?.email ?? defaultEmail}
        errors={state.fieldErrors?.email}
        hint="Use the address the program has on file. We will email you a sign-in link."
      />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Sending link…" : "Email me a sign-in link"}
      </Button>
      <FormStatus message={state.message ?? state.fieldErrors?.callbackUrl?.join(" ")} />
    </form>
  );
}
