import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { requireRole, type Viewer } from "@/lib/session";
import type { Role } from "@/lib/generated/prisma/enums";

/** What a form's useActionState holds between submissions. */
export type ActionState = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The submitted values, so a form re-renders with what the user typed after an error. */
  values?: Record<string, string>;
};

function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

/**
 * Wraps a server action: the role check comes first (an action cannot forget it), the form is parsed with the
 * shared zod schema, and DomainErrors become field errors. `redirect()` inside `run` still works: it is rethrown.
 */
export function formAction<S extends z.ZodType>(
  opts: { roles: Role[]; schema: S },
  run: (input: z.infer<S>, viewer: Viewer) => Promise<ActionState | void>,
) {
  return async (_prev: ActionState, form: FormData): Promise<ActionState> => {
    const viewer = await requireRole(...opts.roles);
    const values = formValues(form);
    const parsed = opts.schema.safeParse(values);
    if (!parsed.success) {
      return {
        ok: false,
        message: "Some fields need attention.",
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        values,
      };
    }
    try {
      return (await run(parsed.data, viewer)) ?? { ok: true };
    } catch (error) {
      if (error instanceof DomainError) {
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors, values };
      }
      throw error;
    }
  };
}
