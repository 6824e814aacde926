import { z } from "zod";
import { DomainError } from "@/lib/errors";

/**
 * Parses input in the data access layer, where a caller other than the form's action may have built it: what is
 * wrong becomes a DomainError with field errors (which actions show beside the fields), never a ZodError or a
 * database error that answers 500.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
  const first = parsed.error.issues[0];
  throw new DomainError(
    first ? `${first.path.length ? `${first.path.join(".")}: ` : ""}${first.message}` : "The input is not valid.",
    fieldErrors,
  );
}
