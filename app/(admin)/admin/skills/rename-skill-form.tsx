"use client";

import { useActionState, useId } from "react";
import { renameSkillAction } from "@/lib/admin/catalogue/actions/rename-skill";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";

export function RenameSkillForm({ skillId, name }: { skillId: string; name: string }) {
  const [state, action, pending] = useActionState(renameSkillAction, initialActionState);
  const id = useId();
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">
        Rename<span className="sr-only"> {name}</span>
      </summary>
      <form action={action} className="mt-2 flex flex-wrap items-end gap-2" noValidate>
        <input type="hidden" name="skillId" value={skillId} />
        <TextField
          id={id}
          name="name"
          label={`New name for ${name}`}
          defaultValue={state.values?.name ?? name}
          maxLength={80}
          errors={state.fieldErrors?.name}
        />
        <Button type="submit" size="sm" disabled={pending}>
          Save
        </Button>
        <FormStatus message={state.message} ok={state.ok} />
      </form>
    </details>
  );
}
