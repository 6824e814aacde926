"use client";

import { useActionState } from "react";
import { createSkillAction } from "@/lib/admin/catalogue/actions/create-skill";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { TextField } from "@/components/ui/text-field";
import { FormStatus } from "@/components/ui/form-status";

export function CreateSkillForm() {
  const [state, action, pending] = useActionState(createSkillAction, initialActionState);
  return (
    <Card title="Add a skill">
      <form action={action} className="space-y-3" noValidate>
        <TextField
          label="Skill name"
          name="name"
          required
          maxLength={80}
          defaultValue={state.ok ? "" : state.values?.name}
          key={state.ok ? state.message : "editing"}
          errors={state.fieldErrors?.name}
          hint="As employers write it, e.g. Infrastructure as code"
        />
        <Button type="submit" disabled={pending}>
          Add skill
        </Button>
        <FormStatus message={state.message} ok={state.ok} />
      </form>
    </Card>
  );
}
