import { z } from "zod";

const KB = 1024;
const MB = 1024 * 1024;

/**
 * A byte count as people read file sizes: "50 MB", "900 KB", "1.1 MB" (binary units, as the limits are set).
 * Rounded up to a tenth, so a file one byte over a limit never reads as the limit itself.
 */
export function byteSize(bytes: number): string {
  const [unit, size] = bytes >= MB ? ["MB", bytes / MB] : ["KB", bytes / KB];
  return `${Math.ceil(size * 10 - 1e-9) / 10} ${unit}`;
}

/**
 * An uploaded file: present, not empty, and at most `maxBytes`. The same schema checks the file in the browser
 * before it is sent (a server action over Next.js's body limit fails with a bare 500) and on the server, for a
 * request that did not come from the form. `limit` completes "That file is 1.2 MB; …" and names the limit.
 */
export function uploadedFile(opts: {
  maxBytes: number;
  noun: string;
  limit: (max: string) => string;
  missing: string;
}) {
  return z.instanceof(File, { error: opts.missing }).superRefine((file, ctx) => {
    // A form whose file input was left empty still sends a File: nameless and empty.
    if (file.size === 0 && file.name === "") ctx.addIssue({ code: "custom", message: opts.missing });
    else if (file.size === 0) ctx.addIssue({ code: "custom", message: `The ${opts.noun} is empty.` });
    else if (file.size > opts.maxBytes) {
      ctx.addIssue({
        code: "custom",
        message: `That ${opts.noun} is ${byteSize(file.size)}; ${opts.limit(byteSize(opts.maxBytes))}`,
      });
    }
  });
}

/** The first problem with a file, or null: for the browser-side check before a form sends it. */
export function fileProblem(schema: z.ZodType, file: unknown): string | null {
  const parsed = schema.safeParse(file);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "This file cannot be uploaded.");
}
