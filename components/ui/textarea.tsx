import type { TextareaHTMLAttributes } from "react";
import { controlClass, FieldError, FieldHint, FieldLabel, type FieldProps, fieldIds } from "./field-parts";

type Props = FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

/** A labelled multi-line field with its hint and errors. */
export function Textarea({ label, name, hint, errors, id, className, rows = 4, ...rest }: Props) {
  const f = fieldIds({ name, id, hint, errors });
  return (
    <div className={className}>
      <FieldLabel htmlFor={f.controlId}>{label}</FieldLabel>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <textarea id={f.controlId} name={name} rows={rows} {...f.aria} className={controlClass} {...rest} />
      <FieldError id={f.errorId} errors={errors} />
    </div>
  );
}
