import type { SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

const control =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-700";

function described(id: string, hint?: string, errors?: string[]) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(" ") || undefined };
}

function Help({ id, hint }: { id?: string; hint?: string }) {
  return hint ? <p id={id} className="mt-0.5 text-sm text-slate-600">{hint}</p> : null;
}

function Errors({ id, errors }: { id?: string; errors?: string[] }) {
  return id ? <p id={id} className="mt-1 text-sm text-red-700">{errors!.join(" ")}</p> : null;
}

type Common = { label: string; name: string; hint?: string; errors?: string[] };

/** A labelled multi-line field whose errors are tied to it for screen readers. */
export function TextArea({ label, name, hint, errors, className, id: given, ...rest }: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = given ?? `field-${name}`;
  const d = described(id, hint, errors);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <Help id={d.hintId} hint={hint} />
      <textarea id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={d.describedBy} className={control} rows={4} {...rest} />
      <Errors id={d.errorId} errors={errors} />
    </div>
  );
}

export function Select({ label, name, hint, errors, className, children, id: given, ...rest }: Common & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = given ?? `field-${name}`;
  const d = described(id, hint, errors);
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <Help id={d.hintId} hint={hint} />
      <select id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={d.describedBy} className={control} {...rest}>
        {children}
      </select>
      <Errors id={d.errorId} errors={errors} />
    </div>
  );
}

export function Checkbox({ label, name, hint, defaultChecked, id: given }: { label: string; name: string; hint?: string; defaultChecked?: boolean; id?: string }) {
  const id = given ?? `field-${name}`;
  return (
    <div className="flex items-start gap-2">
      <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} className="mt-1 h-4 w-4" aria-describedby={hint ? `${id}-hint` : undefined} />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-800">{label}</label>
        <Help id={`${id}-hint`} hint={hint} />
      </div>
    </div>
  );
}

/** Status pill; colours keep at least 4.5:1 contrast. */
export function StatusBadge({ status }: { status: string }) {
  const tone =
    status === "ACTIVE" || status === "SENT" || status === "SUCCEEDED" || status === "COMPLETED"
      ? "bg-green-100 text-green-900"
      : status === "FAILED"
        ? "bg-red-100 text-red-900"
        : status === "RETIRED" || status === "CANCELLED"
          ? "bg-slate-200 text-slate-800"
          : "bg-amber-100 text-amber-900";
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${tone}`}>{status.toLowerCase()}</span>;
}
