"use client";

import { useActionState } from "react";
import { mergeSkillsAction } from "@/lib/admin/catalogue/actions/merge-skills";
import { initialActionState } from "@/lib/forms/form-state";
import { Card } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";

type Option = { id: string; name: string };

function SkillSelect({
  id,
  name,
  label,
  options,
  value,
  errors,
}: {
  id: string;
  name: string;
  label: string;
  options: Option[];
  value?: string;
  errors?: string[];
}) {
  return (
    <Select id={id} name={name} label={label} defaultValue={value ?? ""} errors={errors}>
      <option value="">Choose a skill</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </Select>
  );
}

export function MergeSkillsForm({ skills }: { skills: Option[] }) {
  const [state, action, pending] = useActionState(mergeSkillsAction, initialActionState);
  return (
    <Card title="Merge duplicates">
      <p className="text-sm text-slate-700">
        Everything linked to the duplicate (exams, certifications, badge templates, postings) moves to the skill you
        keep; the duplicate is then deleted. This cannot be undone.
      </p>
      <form action={action} className="mt-3 space-y-3" noValidate key={state.ok ? state.message : "editing"}>
        <SkillSelect
          id="merge-source"
          name="sourceId"
          label="Duplicate to remove"
          options={skills}
          value={state.ok ? "" : state.values?.sourceId}
          errors={state.fieldErrors?.sourceId}
        />
        <SkillSelect
          id="merge-target"
          name="targetId"
          label="Skill to keep"
          options={skills}
          value={state.ok ? "" : state.values?.targetId}
          errors={state.fieldErrors?.targetId}
        />
        <ConfirmDialog
          trigger="Merge skills"
          title="Merge these skills?"
          confirmLabel="Yes, merge them"
          pending={pending}
        >
          <p>
            The duplicate is deleted and everything linked to it moves to the skill you keep. This cannot be undone.
          </p>
        </ConfirmDialog>
        <FormStatus message={state.message} ok={state.ok} />
      </form>
    </Card>
  );
}
