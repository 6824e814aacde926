"use client";

import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/forms/action-client";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import { RadioGroup } from "@/components/ui/radio-group";
import { TextField } from "@/components/ui/text-field";
import { Textarea } from "@/components/ui/textarea";

export type FormField =
  | { kind: "text" | "date"; name: string; label: string; hint?: string; placeholder?: string }
  | { kind: "textarea"; name: string; label: string; hint?: string; rows?: number }
  | { kind: "choice"; name: string; label: string; options: { value: string; label: string }[] }
  | { kind: "confirm"; name: string; label: string };

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  hidden?: Record<string, string>;
  fields: FormField[];
  submitLabel: string;
  variant?: "primary" | "secondary" | "danger";
  /** Names the form for assistive technology when a page has several alike. */
  label: string;
  /** For what cannot be undone: the submit button first asks, in a dialog that says what will happen. */
  confirm?: { title: string; body: string; confirmLabel: string };
};

/**
 * A casework form: hidden ids, a few fields, and the outcome announced politely. Every id is derived from useId,
 * so several of these on one page (one per badge) never share an id.
 */
export function ActionForm({ action, hidden = {}, fields, submitLabel, variant = "primary", label, confirm }: Props) {
  const [state, run, pending] = useActionState(action, initialActionState);
  const base = useId();
  const kept = state.ok ? {} : (state.values ?? {});
  return (
    <form action={run} aria-label={label} className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const common = { id: `${base}-${f.name}`, name: f.name, label: f.label, errors: state.fieldErrors?.[f.name] };
        if (f.kind === "choice")
          return <RadioGroup {...common} key={f.name} options={f.options} defaultValue={kept[f.name]} />;
        if (f.kind === "confirm") return <Checkbox {...common} key={f.name} value="yes" />;
        if (f.kind === "textarea")
          return (
            <Textarea {...common} key={f.name} hint={f.hint} rows={f.rows ?? 2} defaultValue={kept[f.name] ?? ""} />
          );
        return (
          <TextField
            {...common}
            key={f.name}
            hint={f.hint}
            type={f.kind}
            placeholder={f.placeholder}
            defaultValue={kept[f.name] ?? ""}
          />
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        {confirm ? (
          <ConfirmDialog
            trigger={submitLabel}
            triggerVariant={variant}
            title={confirm.title}
            confirmLabel={confirm.confirmLabel}
            pending={pending}
          >
            <p>{confirm.body}</p>
          </ConfirmDialog>
        ) : (
          <Button type="submit" variant={variant} disabled={pending}>
            {pending ? "Working…" : submitLabel}
          </Button>
        )}
        <FormStatus message={state.message} ok={state.ok} />
      </div>
    </form>
  );
}

/** The reason every casework action asks for. */
export const reasonField: FormField = {
  kind: "textarea",
  name: "reason",
  label: "Reason",
  hint: "Why you are doing this; kept in the audit log.",
};
