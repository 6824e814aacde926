"use client";

import { useActionState, useId } from "react";
import type { ActionState } from "@/lib/forms/action-client";
import { initialActionState } from "@/lib/forms/form-state";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

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
};

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700";

/**
 * A casework form: hidden ids, a few fields, and the outcome announced politely. Every id is derived from useId,
 * so several of these on one page (one per badge) never share an id.
 */
export function ActionForm({ action, hidden = {}, fields, submitLabel, variant = "primary", label }: Props) {
  const [state, run, pending] = useActionState(action, initialActionState);
  const base = useId();
  const kept = state.ok ? {} : (state.values ?? {});
  return (
    <form action={run} aria-label={label} className="space-y-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const id = `${base}-${f.name}`;
        const errors = state.fieldErrors?.[f.name];
        const errorId = errors?.length ? `${id}-error` : undefined;
        const hintId = "hint" in f && f.hint ? `${id}-hint` : undefined;
        const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
        const error = errorId && (
          <p id={errorId} className="mt-1 text-sm text-red-700">
            {errors!.join(" ")}
          </p>
        );
        if (f.kind === "choice") {
          return (
            <fieldset key={f.name} aria-describedby={describedBy}>
              <legend className="text-sm font-medium text-slate-800">{f.label}</legend>
              <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                {f.options.map((o, i) => (
                  <label key={o.value} className="flex items-center gap-2 text-sm text-slate-800">
                    <input type="radio" name={f.name} value={o.value} defaultChecked={kept[f.name] ? kept[f.name] === o.value : i === 0} />
                    {o.label}
                  </label>
                ))}
              </div>
              {error}
            </fieldset>
          );
        }
        if (f.kind === "confirm") {
          return (
            <div key={f.name}>
              <label className="flex items-start gap-2 text-sm text-slate-800">
                <input type="checkbox" name={f.name} value="yes" className="mt-1" aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} />
                {f.label}
              </label>
              {error}
            </div>
          );
        }
        return (
          <div key={f.name}>
            <label htmlFor={id} className="block text-sm font-medium text-slate-800">
              {f.label}
            </label>
            {hintId && (
              <p id={hintId} className="mt-0.5 text-sm text-slate-600">
                {"hint" in f ? f.hint : null}
              </p>
            )}
            {f.kind === "textarea" ? (
              <textarea id={id} name={f.name} rows={f.rows ?? 2} defaultValue={kept[f.name] ?? ""} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} className={inputClass} />
            ) : (
              <input id={id} name={f.name} type={f.kind} placeholder={f.placeholder} defaultValue={kept[f.name] ?? ""} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} className={inputClass} />
            )}
            {error}
          </div>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant={variant} disabled={pending}>
          {pending ? "Working…" : submitLabel}
        </Button>
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
