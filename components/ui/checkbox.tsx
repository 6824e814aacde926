import type { InputHTMLAttributes } from "react";
import { FieldError, FieldHint, type FieldProps, fieldIds } from "./field-parts";

type Props = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "type">;

/** A checkbox with its label beside it, and its hint and errors below the label. */
export function Checkbox({ label, name, hint, errors, id, className = "", ...input }: Props) {
  const f = fieldIds({ name, id, hint, errors });
  return (
    <div className={`flex items-start gap-2 ${className}`}>
      <input id={f.controlId} name={name} type="checkbox" {...f.aria} className="mt-0.5 h-4 w-4 shrink-0" {...input} />
      <div>
        <label htmlFor={f.controlId} className="text-sm font-medium text-slate-800">
          {label}
        </label>
        <FieldHint id={f.hintId}>{hint}</FieldHint>
        <FieldError id={f.errorId} errors={errors} />
      </div>
    </div>
  );
}
