import { describe, expect, it } from "vitest";
import { dueReminder } from "@/lib/badges/lifecycle/reminders";
import { parseEnv } from "@/lib/env";

const now = new Date("2026-06-01T12:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);

describe("which reminder is due", () => {
  it.each([
    [3, 0, null, null],
    [7, 0, null, 0],
    [20, 1, daysAgo(13), null],
    [30, 1, daysAgo(23), 1],
    [400, 2, daysAgo(300), null],
    [31, 1, daysAgo(0.5), null], // just reminded: the next one waits a day
  ])("issued %d days ago with %d sent", (age, sent, last, expected) => {
    expect(dueReminder({ issuedOn: daysAgo(age), remindersSent: sent, lastRemindedAt: last }, [7, 30], now)).toBe(
      expected,
    );
  });

  it("reads the schedule from the environment", () => {
    const base = { DATABASE_URL: "postgres://x@localhost/db", AUTH_SECRET: "x".repeat(32), DEV_MAILBOX: "true" };
    expect(parseEnv(base).BADGE_REMINDER_DAYS).toEqual([7, 30]);
    expect(parseEnv({ ...base, BADGE_REMINDER_DAYS: "3, 14" }).BADGE_REMINDER_DAYS).toEqual([3, 14]);
    expect(parseEnv({ ...base, BADGE_REMINDER_DAYS: "" }).BADGE_REMINDER_DAYS).toEqual([]);
    expect(() => parseEnv({ ...base, BADGE_REMINDER_DAYS: "30,7" })).toThrow(/ascending/);
    expect(() => parseEnv({ ...base, BADGE_REMINDER_DAYS: "x" })).toThrow(/BADGE_REMINDER_DAYS/);
  });
});
