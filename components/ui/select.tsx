import type { SelectHTMLAttributes } from "react";
import { controlClass, FieldError, FieldHint, FieldLabel, type FieldProps, fieldIds } from "./field-parts";

type Props = FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id">;

/** A labelled drop-down with its hint and errors; the options are its children. */
export function Select({ label, name, hint, errors, id, className, children, ...rest }: Props) {
  const f = fieldIds({ name, id, hint, errors });
  return (
    <div className={className}>
      <FieldLabel htmlFor={f.controlId}>{label}</FieldLabel>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <select id={f.controlId} name={name} {...f.aria} className={controlClass} {...rest}>
        {children}
      </select>
      <FieldError id={f.errorId} errors={errors} />
    </div>
  );
}
