import { byteSize } from "@/lib/validation/uploads";

/** Next.js's cap on a server action's request body (next.config.js `serverActions.bodySizeLimit`, "2mb"). */
export const SERVER_ACTION_MAX_BYTES = 2 * 1024 * 1024;

/**
 * A form submission (a server action) whose declared length is over Next.js's cap: the answer for it, or null.
 * Next.js itself would read up to the cap and then fail with a bare 500; the forms check their files before
 * sending, so only a request that did not come from them meets this.
 */
export function oversizedFormSubmission(method: string, headers: Headers): Response | null {
  if (method !== "POST" || !headers.has("next-action")) return null;
  const declared = Number(headers.get("content-length") ?? 0);
  if (!(declared > SERVER_ACTION_MAX_BYTES)) return null;
  return new Response(
    `A form submission is at most ${byteSize(SERVER_ACTION_MAX_BYTES)}; this one is ${byteSize(declared)}.\n`,
    {
      status: 413,
      headers: { "content-type": "text/plain; charset=utf-8", connection: "close" },
    },
  );
}
