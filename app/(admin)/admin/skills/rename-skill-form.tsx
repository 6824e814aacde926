"use client";

import { useActionState, useId } from "react";
import { renameSkillAction } from "@/lib/admin/catalogue/actions/rename-skill";
import { initialActionState } from "@/lib/forms/form-state";
import { FormStatus } from "@/components/ui/form-status";

export function RenameSkillForm({ skillId, name }: { skillId: string; name: string }) {
  const [state, action, pending] = useActionState(renameSkillAction, initialActionState);
  const id = useId();
  const error = state.fieldErrors?.name?.join(" ");
  return (
    <details>
      <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">
        Rename<span className="sr-only"> {name}</span>
      </summary>
      <form action={action} className="mt-2 flex flex-wrap items-end gap-2" noValidate>
        <input type="hidden" name="skillId" value={skillId} />
        <div>
          <label htmlFor={id} className="block text-sm text-slate-800">
            New name for {name}
          </label>
          <input
            id={id}
            name="name"
            defaultValue={state.values?.name ?? name}
            maxLength={80}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            className="mt-1 rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-900"
          />
          {error && (
            <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
              {error}
            </p>
          )}
        </div>
        <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700">
          Save
        </button>
        <FormStatus message={state.message} ok={state.ok} />
      </form>
    </details>
  );
}
