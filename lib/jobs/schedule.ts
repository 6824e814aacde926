import type { Db } from "@/lib/db";
import { enqueue } from "@/lib/jobs/queue";

export type Schedule = { type: string; everyMs: number };

/**
 * Recurring work. Each period's run is an ordinary job whose dedupe key names the period, so any number of workers
 * checking at any time enqueue it exactly once.
 */
export async function enqueueDueSchedules(db: Db, schedules: Schedule[], now = new Date()) {
  for (const s of schedules) {
    const period = Math.floor(now.getTime() / s.everyMs);
    await db.$transaction((tx) => enqueue(tx, s.type, { period }, { dedupeKey: `schedule:${s.type}:${period}` }));
  }
}
