"use client";

import { useActionState } from "react";
import { createCertificationAction } from "@/lib/admin/catalogue/actions/create-certification";
import { updateCertificationAction } from "@/lib/admin/catalogue/actions/update-certification";
import { initialActionState } from "@/lib/forms/form-state";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Cert = {
  id: string;
  code: string;
  title: string;
  description: string;
  level: string;
  validityMonths: number | null;
  requirement: string;
  requiredCount: number | null;
  examCodes: string[];
  skills: string[];
};

export function CertificationForm({ cert }: { cert?: Cert }) {
  const [state, action, pending] = useActionState(
    cert ? updateCertificationAction : createCertificationAction,
    initialActionState,
  );
  const v = state.values;
  const e = state.fieldErrors;
  return (
    <form action={action} className="space-y-4" noValidate>
      {cert && <input type="hidden" name="id" value={cert.id} />}
      <TextField
        label="Code"
        name="code"
        required
        defaultValue={v?.code ?? cert?.code}
        errors={e?.code}
        hint="For example CLOUD-ADMIN-ASSOCIATE. Stored in capitals; must be unique."
      />
      <TextField label="Title" name="title" required defaultValue={v?.title ?? cert?.title} errors={e?.title} />
      <Textarea
        label="Description"
        name="description"
        defaultValue={v?.description ?? cert?.description}
        errors={e?.description}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select label="Level" name="level" defaultValue={v?.level ?? cert?.level ?? "ASSOCIATE"} errors={e?.level}>
          <option value="FUNDAMENTALS">Fundamentals</option>
          <option value="ASSOCIATE">Associate</option>
          <option value="EXPERT">Expert</option>
          <option value="SPECIALTY">Specialty</option>
        </Select>
        <TextField
          label="Validity in months"
          name="validityMonths"
          inputMode="numeric"
          defaultValue={v?.validityMonths ?? cert?.validityMonths ?? ""}
          errors={e?.validityMonths}
          hint="Leave empty if it never expires."
        />
      </div>
      <TextField
        label="Exam codes"
        name="examCodes"
        required
        defaultValue={v?.examCodes ?? cert?.examCodes.join(", ")}
        errors={e?.examCodes}
        hint="The exams that count, separated by commas."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Select
          label="Which exams earn it"
          name="requirement"
          defaultValue={v?.requirement ?? cert?.requirement ?? "ONE"}
          errors={e?.requirement}
        >
          <option value="ONE">Any one of the exams</option>
          <option value="ALL">All of the exams</option>
          <option value="ANY_N">Any N of the exams</option>
        </Select>
        <TextField
          label="N (with “any N”)"
          name="requiredCount"
          inputMode="numeric"
          defaultValue={v?.requiredCount ?? cert?.requiredCount ?? ""}
          errors={e?.requiredCount}
        />
      </div>
      <TextField
        label="Skills"
        name="skills"
        defaultValue={v?.skills ?? cert?.skills.join(", ")}
        errors={e?.skills}
        hint="Separated by commas. Existing skills are reused; new ones are created."
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : cert ? "Save certification" : "Create certification"}
      </Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
