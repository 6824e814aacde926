import { z } from "zod";
import { DomainError } from "@/lib/errors";

/** What a form's useActionState holds between submissions. */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The submitted values, so a form re-renders with what the user typed after an error. */
  values?: Record<string, string>;
};

type FieldErrors = Record<string, string[]>;

// Next.js adds its own fields ($ACTION_ID_..., $ACTION_REF_...) to a form bound to an action: never input.
const isOwnField = (key: string) => !key.startsWith("$");

function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && isOwnField(key)) values[key] = value;
  return values;
}

/** Text fields and files, as the schema sees them: a file field is a File, for schemas such as uploadedFile(). */
function formInput(form: FormData): Record<string, string | File> {
  const input: Record<string, string | File> = {};
  for (const [key, value] of form.entries()) if (isOwnField(key)) input[key] = value;
  return input;
}

export type FormActionOptions<S extends z.ZodType> = {
  schema: S;
  /**
   * The form's message when the input does not parse; by default a general one beside the field errors. An upload
   * form has one field, so it says what is wrong with the file instead.
   */
  invalid?: (fieldErrors: FieldErrors, error: z.ZodError) => string | undefined;
};

/**
 * The form action client of one audience: its guard runs first (an action cannot forget it), the form is parsed
 * with the shared zod schema (asynchronously, so a schema may read an uploaded file), and DomainErrors become field
 * errors. `redirect()` inside `run` still works: it is rethrown. Each audience's guard module makes its own client
 * from its role check, the way dub has an action client per audience.
 */
export function formActionClient<V>(guard: () => Promise<V>) {
  return function formAction<S extends z.ZodType, R extends ActionState = ActionState>(
    opts: FormActionOptions<S>,
    // R, a state with more fields (a report), is named at the call; the run's return value does not choose it.
    run: (input: z.output<S>, viewer: V) => Promise<NoInfer<R> | undefined>,
  ) {
    return async (_prev: R, form: FormData): Promise<R> => {
      const viewer = await guard();
      const values = formValues(form);
      const parsed = await opts.schema.safeParseAsync(formInput(form));
      if (!parsed.success) {
        const fieldErrors = z.flattenError(parsed.error).fieldErrors as FieldErrors;
        const message = opts.invalid ? opts.invalid(fieldErrors, parsed.error) : "Some fields need attention.";
        return { ok: false, message, fieldErrors, values } as R;
      }
      try {
        return (await run(parsed.data, viewer)) ?? ({ ok: true } as R);
      } catch (error) {
        if (error instanceof DomainError) {
          return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values } as R;
        }
        throw error;
      }
    };
  };
}

/**
 * The same for a plain `<form action>` without form state (a sign-out button): the guard runs first, the form's
 * fields are parsed, and what cannot parse is refused (such a form has nowhere to show a message).
 */
export function submitActionClient<V>(guard: () => Promise<V>) {
  return function submitAction<S extends z.ZodType>(
    opts: { schema: S },
    run: (input: z.output<S>, viewer: V) => Promise<void>,
  ) {
    return async (form?: FormData): Promise<void> => {
      const viewer = await guard();
      const parsed = await opts.schema.safeParseAsync(form ? formInput(form) : {});
      if (!parsed.success) throw new DomainError("This form was not sent as the page built it.");
      await run(parsed.data, viewer);
    };
  };
}
