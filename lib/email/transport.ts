import nodemailer, { type Transporter } from "nodemailer";

let cached: { url: string; transport: Transporter } | undefined;

/** One pooled SMTP connection set per process and SMTP_URL. */
export function smtpTransport(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transport.close();
    cached = { url, transport: nodemailer.createTransport(url.includes("?") ? url : `${url}?pool=true`) };
  }
  return cached.transport;
}

/** SMTP 5xx answers are permanent: the server refused the message and retrying cannot change that. */
export function isPermanentSmtpError(error: unknown): boolean {
  const code = (error as { responseCode?: number } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

/** Closes the pooled connections (at shutdown, and between test files). */
export function closeSmtpTransport() {
  cached?.transport.close();
  cached = undefined;
}
