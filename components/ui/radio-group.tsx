import { FieldError, FieldHint, type FieldProps, fieldIds } from "./field-parts";

type Props = FieldProps & { options: { value: string; label: string }[]; defaultValue?: string };

/** One choice out of a few, as radio buttons in a fieldset whose legend is the label. */
export function RadioGroup({ label, name, hint, errors, id, className, options, defaultValue }: Props) {
  const f = fieldIds({ name, id, hint, errors });
  const checked = defaultValue ?? options[0]?.value;
  return (
    <fieldset className={className} aria-describedby={f.aria["aria-describedby"]}>
      <legend className="text-sm font-medium text-slate-800">{label}</legend>
      <FieldHint id={f.hintId}>{hint}</FieldHint>
      <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
        {options.map((o) => (
          <label key={o.value} className="flex items-center gap-2 text-sm text-slate-800">
            <input type="radio" name={name} value={o.value} defaultChecked={o.value === checked} />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={f.errorId} errors={errors} />
    </fieldset>
  );
}
