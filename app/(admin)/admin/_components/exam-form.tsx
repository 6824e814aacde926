"use client";

import { useActionState } from "react";
import { createExamAction } from "@/lib/admin/catalogue/actions/create-exam";
import { updateExamAction } from "@/lib/admin/catalogue/actions/update-exam";
import { initialActionState } from "@/lib/forms/form-state";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Textarea } from "@/components/ui/textarea";

type Exam = { id: string; code: string; title: string; description: string; skills: string[] };

export function ExamForm({ exam }: { exam?: Exam }) {
  const [state, action, pending] = useActionState(exam ? updateExamAction : createExamAction, initialActionState);
  const v = state.values;
  return (
    <form action={action} className="space-y-4" noValidate>
      {exam && <input type="hidden" name="id" value={exam.id} />}
      <TextField
        label="Code"
        name="code"
        required
        defaultValue={v?.code ?? exam?.code}
        errors={state.fieldErrors?.code}
        hint="For example AZ-104. Stored in capitals; must be unique."
      />
      <TextField
        label="Title"
        name="title"
        required
        defaultValue={v?.title ?? exam?.title}
        errors={state.fieldErrors?.title}
      />
      <Textarea
        label="Description"
        name="description"
        defaultValue={v?.description ?? exam?.description}
        errors={state.fieldErrors?.description}
      />
      <TextField
        label="Skills"
        name="skills"
        defaultValue={v?.skills ?? exam?.skills.join(", ")}
        errors={state.fieldErrors?.skills}
        hint="Separated by commas. Existing skills are reused; new ones are created."
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : exam ? "Save exam" : "Create exam"}
      </Button>
      <FormStatus message={state.message} ok={state.ok} />
    </form>
  );
}
