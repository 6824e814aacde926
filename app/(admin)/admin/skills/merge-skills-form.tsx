"use client";

import { useActionState } from "react";
import { mergeSkillsAction } from "@/lib/admin/catalogue/actions/merge-skills";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormStatus } from "@/components/ui/form-status";

type Option = { id: string; name: string };

function SkillSelect({ id, name, label, options, value, error }: { id: string; name: string; label: string; options: Option[]; value?: string; error?: string[] }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={value ?? ""}
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={error?.length ? `${id}-error` : undefined}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
      >
        <option value="">Choose a skill</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
      {error?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export function MergeSkillsForm({ skills }: { skills: Option[] }) {
  const [state, action, pending] = useActionState(mergeSkillsAction, initialActionState);
  return (
    <Card title="Merge duplicates">
      <p className="text-sm text-slate-700">
        Everything linked to the duplicate (exams, certifications, badge templates, postings) moves to the skill you keep;
        the duplicate is then deleted. This cannot be undone.
      </p>
      <form action={action} className="mt-3 space-y-3" noValidate key={state.ok ? state.message : "editing"}>
        <SkillSelect id="merge-source" name="sourceId" label="Duplicate to remove" options={skills} value={state.ok ? "" : state.values?.sourceId} error={state.fieldErrors?.sourceId} />
        <SkillSelect id="merge-target" name="targetId" label="Skill to keep" options={skills} value={state.ok ? "" : state.values?.targetId} error={state.fieldErrors?.targetId} />
        <Button type="submit" variant="danger" disabled={pending}>
          Merge skills
        </Button>
        <FormStatus message={state.message} ok={state.ok} />
      </form>
    </Card>
  );
}
