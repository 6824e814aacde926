import type { ReceivedMail } from "@/lib/email/smtp-sink";
import { drainJobs } from "./jobs";

/** What this test file's SMTP server has received, oldest first. */
export function inbox(): ReceivedMail[] {
  return (globalThis as unknown as { testInbox: ReceivedMail[] }).testInbox;
}

export function mailTo(address: string): ReceivedMail[] {
  return inbox().filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
}

/** Runs the queue until a message to `address` arrives (mail is only ever sent by the worker). */
export async function deliverMailTo(address: string): Promise<ReceivedMail> {
  for (let i = 0; i < 20; i++) {
    await drainJobs();
    const found = mailTo(address).at(-1);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No mail reached ${address}`);
}

/** Makes the SMTP server refuse every recipient with `code` until called with null. */
export function refuseMail(refusal: { code: number; message: string } | null) {
  (globalThis as { smtpRefusal?: { code: number; message: string } | null }).smtpRefusal = refusal;
}

export function linksIn(mail: ReceivedMail): string[] {
  return [...new Set((mail.text ?? "").match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
}
