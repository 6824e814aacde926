/** An account with no sign-in for this long becomes inactive (as the program's accounts do). */
export const INACTIVE_AFTER_MONTHS = 24;

export function addMonths(date: Date, months: number): Date {
  const d = new Date(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  // Clamp to the last day of the target month (31 January + 1 month = 28/29 February).
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

/** The date before which a last sign-in makes an account inactive. */
export function inactivityCutoff(now: Date): Date {
  return addMonths(now, -INACTIVE_AFTER_MONTHS);
}

export function isInactive(lastActivity: Date | null, createdAt: Date, now: Date): boolean {
  return (lastActivity ?? createdAt) < inactivityCutoff(now);
}
