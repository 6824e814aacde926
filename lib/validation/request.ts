import { z } from "zod";

/** An Origin header naming a web origin (scheme, host, port and nothing else), as a URL. */
export const webOrigin = z
  .string()
  .max(2048, "The Origin header is too long")
  .transform((value, ctx) => {
    const url = URL.canParse(value) ? new URL(value) : null;
    if (!url || (url.protocol !== "https:" && url.protocol !== "http:") || url.origin !== value) {
      ctx.addIssue({
        code: "custom",
        message:
          value === "null"
            ? "Requests from an opaque origin (Origin: null) are not accepted"
            : "The Origin header is not a web origin",
      });
      return z.NEVER;
    }
    return url;
  });
