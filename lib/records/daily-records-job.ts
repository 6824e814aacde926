import type { JobHandler } from "@/lib/jobs/types";
import { expireCertifications, markInactiveAccounts } from "@/lib/records/account-inactivity";

export const DAILY_RECORDS_JOB = "records.daily";
export const DAILY_MS = 24 * 60 * 60 * 1000;

/** Once a day: expire lapsed certifications and mark long-unused accounts inactive. Both are idempotent. */
export const dailyRecordsJob: JobHandler = async ({ db }) => {
  const now = new Date();
  const expired = await expireCertifications(db, now);
  const inactive = await markInactiveAccounts(db, now);
  return { expired, inactive };
};
