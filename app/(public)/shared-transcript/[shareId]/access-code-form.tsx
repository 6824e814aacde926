"use client";

import { useActionState } from "react";
import { unlockShared } from "@/lib/public/transcripts/actions/unlock-shared-transcript";
import { initialActionState } from "@/lib/forms/form-state";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

export function AccessCodeForm({ shareId }: { shareId: string }) {
  const [state, action, pending] = useActionState(unlockShared, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="shareId" value={shareId} />
      <TextField
        label="Access code"
        name="accessCode"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        hint="The code the transcript's owner gave you with the link, like ABCD-EFGH-JKMN."
        defaultValue={state.values?.accessCode}
        errors={state.fieldErrors?.accessCode}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Checking…" : "View transcript"}
      </Button>
      <FormStatus message={state.fieldErrors?.accessCode ? undefined : state.message} ok={state.ok} />
    </form>
  );
}
