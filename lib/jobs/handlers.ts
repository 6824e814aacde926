import { sendEmailJob } from "@/lib/email/send-job";
import { SEND_EMAIL_JOB } from "@/lib/email/outbox";
import { BADGE_EMAIL_JOB, badgeEmailJob } from "@/lib/badges/lifecycle/mail";
import { BADGE_REMINDERS_JOB, badgeRemindersJob } from "@/lib/badges/lifecycle/reminders";
import type { Schedule } from "@/lib/jobs/schedule";
import { DAILY_MS, DAILY_RECORDS_JOB, dailyRecordsJob } from "@/lib/records/daily-records-job";
import type { JobHandler } from "@/lib/jobs/types";
import { EXAM_RESULT_IMPORT_JOB, examResultImportJob } from "@/lib/imports/exam-results/job";
import { RETENTION_JOB, retentionJob } from "@/lib/retention/retention-job";

/** Every job type the worker knows, by name. */
export const jobHandlers: Record<string, JobHandler> = {
  [SEND_EMAIL_JOB]: sendEmailJob,
  [BADGE_EMAIL_JOB]: badgeEmailJob,
  [BADGE_REMINDERS_JOB]: badgeRemindersJob,
  [EXAM_RESULT_IMPORT_JOB]: examResultImportJob,
  [DAILY_RECORDS_JOB]: dailyRecordsJob,
  [RETENTION_JOB]: retentionJob,
};

/** Job types the worker enqueues by itself, once per period (their handlers are above). */
export const recurringJobs: Schedule[] = [
  { type: DAILY_RECORDS_JOB, everyMs: DAILY_MS },
  { type: BADGE_REMINDERS_JOB, everyMs: 60 * 60 * 1000 },
  { type: RETENTION_JOB, everyMs: DAILY_MS },
];
