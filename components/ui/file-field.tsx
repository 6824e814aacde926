import type { InputHTMLAttributes } from "react";
import { FieldError, FieldHint, FieldLabel, type FieldProps, fieldIds } from "./field-parts";

type Props = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "type">;

/** A labelled file picker with its hint (accepted types, size limit) and errors. */
export function FileField({ label, name, hint, errors, id, className, ...input }: Props) {
  const f = fieldIds({ name, id, hint, errors });
  return (
    <div className={className}>
      <FieldLabel htmlFor={f.controlId}>{label}</FieldLabel>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <input
        id={f.controlId}
        name={name}
        type="file"
        {...f.aria}
        className="mt-1 block w-full max-w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:font-semibold file:text-slate-800 aria-[invalid=true]:text-red-800"
        {...input}
      />
      <FieldError id={f.errorId} errors={errors} />
    </div>
  );
}
