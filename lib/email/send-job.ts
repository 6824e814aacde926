import { deliverEmail } from "@/lib/email/deliver";
import type { JobHandler } from "@/lib/jobs/types";

/** Delivers one EmailMessage queued with its body (the outbox's own job type, email.send). */
export const sendEmailJob: JobHandler = (ctx) => deliverEmail(ctx);
