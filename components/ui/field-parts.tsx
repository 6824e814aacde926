import type { ReactNode } from "react";

/** The look every text-like control shares; the border turns red while the control is marked invalid. */
export const controlClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700";

export type FieldProps = {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  errors?: string[];
  /** Defaults to `field-<name>`; give one where a page has several forms with the same field names. */
  id?: string;
  className?: string;
};

/**
 * The ids and ARIA attributes that tie a control to its hint and its errors, worked out once for every field
 * control so that no form wires them by hand.
 */
export function fieldIds({ name, id, hint, errors }: Pick<FieldProps, "name" | "id" | "hint" | "errors">) {
  const controlId = id ?? `field-${name}`;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = errors?.length ? `${controlId}-error` : undefined;
  return {
    controlId,
    hintId,
    errorId,
    aria: {
      "aria-invalid": errorId ? true : undefined,
      "aria-describedby": [hintId, errorId].filter(Boolean).join(" ") || undefined,
    },
  };
}

// Hints may carry unbroken tokens (a CSV header, a URL): they wrap anywhere rather than widen a phone's page.
export function FieldHint({ id, children }: { id?: string; children?: ReactNode }) {
  return id ? (
    <p id={id} className="mt-0.5 text-sm text-slate-600 [overflow-wrap:anywhere]">
      {children}
    </p>
  ) : null;
}

export function FieldError({ id, errors }: { id?: string; errors?: string[] }) {
  return id ? (
    <p id={id} className="mt-1 text-sm text-red-700">
      {errors?.join(" ")}
    </p>
  ) : null;
}

export function FieldLabel({ htmlFor, children }: { htmlFor: string; children: ReactNode }) {
  return (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-slate-800">
      {children}
    </label>
  );
}
