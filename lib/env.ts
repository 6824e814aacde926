import { z } from "zod";
import { trustedProxyHops } from "@/lib/security/client-address-hook.mjs";
import { connectionSettingsShape, planConnections } from "@/lib/db/connection-budget";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const optional = z
  .string()
  .optional()
  .transform((v) => (v === "" ? undefined : v));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" }),
    /// DATABASE_MAX_CONNECTIONS, WEB_CONCURRENCY, JOB_WORKERS: the connection budget and the processes sharing it.
    ...connectionSettingsShape,
    /// The server stops any one statement after this long; an import chunk's longest statement takes a few seconds.
    DATABASE_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
    /// Public origin of the app, used in links inside emails and badge documents.
    APP_URL: z
      .url({ error: "must be an absolute URL such as https://certs.example.org" })
      .default("http://localhost:3000"),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (generate one with `openssl rand -base64 33`)"),
    /// smtp://user:pass@host:port or smtps://...; when absent, mail goes to the development mailbox.
    SMTP_URL: optional.pipe(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional()),
    MAIL_FROM: z.string().default("certdash <no-reply@certdash.example>"),
    /// Serve /dev/mailbox. Never enable where real people sign in: it shows every sign-in link.
    DEV_MAILBOX: bool,
    AUTH_MICROSOFT_ENTRA_ID_ID: optional,
    AUTH_MICROSOFT_ENTRA_ID_SECRET: optional,
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: optional.pipe(z.url().optional()),
    /// A running job whose worker has been silent this long is presumed dead and given to another worker.
    JOB_LEASE_SECONDS: z.coerce.number().int().min(1).default(300),
    /// Multiplies every rate limit; the browser tests raise it because all their sign-ins come from one address.
    RATE_LIMIT_SCALE: z.coerce.number().positive().default(1),
    /// How many proxies in front of the app append to X-Forwarded-For (0: clients connect directly). Read by the
    /// server's client-address hook; parsed here too so a bad value stops the start with the others.
    TRUSTED_PROXY_HOPS: trustedProxyHops,
    /// Bearer token partner systems present to POST exam results to /api/imports/exam-results. Unset: only admins
    /// signed in to the app can import.
    PARTNER_API_TOKEN: optional.pipe(
      z.string().min(32, "must be at least 32 characters (generate one with `openssl rand -base64 33`)").optional(),
    ),
    /// Name of the issuing program, shown in badges and mail.
    ISSUER_NAME: z.string().default("certdash Certification Program"),
    /// Days after issue at which an unclaimed badge is reminded, comma-separated ascending; one reminder each.
    BADGE_REMINDER_DAYS: z
      .string()
      .default("7,30")
      .transform((v) =>
        v
          .split(",")
          .map((d) => d.trim())
          .filter(Boolean)
          .map(Number),
      )
      .pipe(
        z
          .array(z.number().int().positive())
          .max(5, "at most five reminders")
          .refine((a) => a.every((d, i) => i === 0 || d > a[i - 1]), "must be ascending"),
      ),
  })
  .superRefine((env, ctx) => {
    try {
      planConnections({
        budget: env.DATABASE_MAX_CONNECTIONS,
        webProcesses: env.WEB_CONCURRENCY,
        workers: env.JOB_WORKERS,
      });
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        path: ["DATABASE_MAX_CONNECTIONS"],
        message: (error as Error).message.replace(/^DATABASE_MAX_CONNECTIONS=/, ""),
      });
    }
    const entra = [
      env.AUTH_MICROSOFT_ENTRA_ID_ID,
      env.AUTH_MICROSOFT_ENTRA_ID_SECRET,
      env.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
    ];
    if (entra.some(Boolean) && !entra.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_MICROSOFT_ENTRA_ID_ID"],
        message: "set all three of AUTH_MICROSOFT_ENTRA_ID_ID, _SECRET and _ISSUER, or none",
      });
    }
    if (!env.SMTP_URL && !env.DEV_MAILBOX) {
      ctx.addIssue({
        code: "custom",
        path: ["SMTP_URL"],
        message:
          env.NODE_ENV === "production"
            ? "is required in production: the address of your mail server (smtps://user:password@smtp.example.org:465). " +
              "For a demo on your own machine only, DEV_MAILBOX=true keeps mail in a mailbox at /dev/mailbox instead: " +
              "it shows every sign-in link, so never where real people sign in."
            : "is required unless DEV_MAILBOX=true (the development mailbox)",
      });
    }
  });

export type Env = z.infer<typeof schema>;

/** Parses an environment; throws one error naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join(".") || "(environment)"}: ${i.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

/** The process environment, parsed once on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
