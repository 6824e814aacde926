import type { InputHTMLAttributes } from "react";
import { controlClass, FieldError, FieldHint, FieldLabel, type FieldProps, fieldIds } from "./field-parts";

type Props = FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled single-line input (text, email, date, number, search…) with its hint and errors. */
export function TextField({ label, name, hint, errors, id, className, ...input }: Props) {
  const f = fieldIds({ name, id, hint, errors });
  return (
    <div className={className}>
      <FieldLabel htmlFor={f.controlId}>{label}</FieldLabel>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <input id={f.controlId} name={name} {...f.aria} className={controlClass} {...input} />
      <FieldError id={f.errorId} errors={errors} />
    </div>
  );
}
