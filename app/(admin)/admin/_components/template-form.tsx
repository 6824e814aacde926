"use client";

import { useActionState } from "react";
import { createTemplateAction } from "@/lib/admin/templates/actions/create-template";
import { updateTemplateAction } from "@/lib/admin/templates/actions/update-template";
import { initialActionState } from "@/lib/forms/form-state";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Checkbox } from "@/components/ui/checkbox";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Template = {
  id: string;
  name: string;
  description: string;
  criteria: string;
  skills: string[];
  inBadgeProgram: boolean;
  linkedTo: string;
};
type Choice = { code: string; title: string; status: string };

export function TemplateForm({
  template,
  exams,
  certifications,
}: {
  template?: Template;
  exams: Choice[];
  certifications: Choice[];
}) {
  const [state, action, pending] = useActionState(
    template ? updateTemplateAction : createTemplateAction,
    initialActionState,
  );
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      {template && <input type="hidden" name="id" value={template.id} />}
      <TextField label="Name" name="name" required defaultValue={v?.name ?? template?.name} errors={e?.name} />
      <Select
        label="Awarded for"
        name="linkedTo"
        required
        defaultValue={v?.linkedTo ?? template?.linkedTo ?? ""}
        errors={e?.linkedTo}
        hint="Each exam or certification has at most one badge template."
      >
        <option value="" disabled>
          Choose…
        </option>
        <optgroup label="Certifications">
          {certifications.map((c) => (
            <option key={c.code} value={`CERT:${c.code}`}>
              {c.code}: {c.title}
              {c.status === "RETIRED" ? " (retired)" : ""}
            </option>
          ))}
        </optgroup>
        <optgroup label="Exams">
          {exams.map((x) => (
            <option key={x.code} value={`EXAM:${x.code}`}>
              {x.code}: {x.title}
              {x.status === "RETIRED" ? " (retired)" : ""}
            </option>
          ))}
        </optgroup>
      </Select>
      <Textarea
        label="Description"
        name="description"
        required
        defaultValue={v?.description ?? template?.description}
        errors={e?.description}
        hint="What earners can do; shown on the badge page."
      />
      <Textarea
        label="Criteria"
        name="criteria"
        required
        defaultValue={v?.criteria ?? template?.criteria}
        errors={e?.criteria}
        hint="How the badge is earned; part of the Open Badges document."
      />
      <TextField
        label="Skills"
        name="skills"
        defaultValue={v?.skills ?? template?.skills.join(", ")}
        errors={e?.skills}
        hint="Separated by commas. Existing skills are reused; new ones are created."
      />
      <Checkbox
        label="In the badge program"
        name="inBadgeProgram"
        defaultChecked={v ? v.inBadgeProgram === "on" : (template?.inBadgeProgram ?? true)}
        hint="When off, earning the item issues no badge."
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : template ? "Save template" : "Create template"}
      </Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
