import { describe, expect, it, onTestFinished, vi } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import {
  createTranscriptShare,
  listMyTranscriptShares,
  revokeTranscriptShare,
} from "@/lib/candidate/transcript/shares";
import { unlockSharedTranscript, viewSharedTranscript } from "@/lib/public/transcripts/shared";
import { addMonths } from "@/lib/rules/account-activity";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";
import { earn, makeCertification } from "../support/certification-records";

async function sharer() {
  const me = await makeCandidate({ legalFirstName: "Grace", legalLastName: "Hopper" });
  await earn(me.id, await makeCertification({ title: "Cloud Administrator" }), {
    earnedOn: addMonths(new Date(), -3),
    expiresOn: addMonths(new Date(), 9),
  });
  return me;
}

const share = (
  me: Awaited<ReturnType<typeof sharer>>,
  input: Partial<Parameters<typeof createTranscriptShare>[0]> = {},
) =>
  runAsViewer(viewerOf(me), () =>
    createTranscriptShare({ label: "Recruiter", includeExams: true, expiresAt: null, ...input }),
  );

const idOf = (url: string) => url.split("/").at(-1)!;

describe("transcript share links", () => {
  it("show the transcript only after the right access code, and count the view", async () => {
    const me = await sharer();
    const created = await share(me);
    const shareId = idOf(created.url);
    expect(shareId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(created.accessCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    // Only a hash of the code is kept.
    const row = await db.transcriptShare.findFirstOrThrow({ where: { shareId }, omit: { accessCodeHash: false } });
    expect(row.accessCodeHash).not.toContain(created.accessCode.replace(/-/g, ""));

    expect(await viewSharedTranscript(shareId, undefined)).toEqual({ state: "needs-code", label: null });
    expect(await viewSharedTranscript(shareId, "9999999999999.forged")).toEqual({ state: "needs-code", label: null });

    expect(await unlockSharedTranscript(shareId, "AAAA-BBBB-CCCC", "10.0.0.1")).toMatchObject({
      ok: false,
      reason: "wrong-code",
    });
    const unlocked = await unlockSharedTranscript(shareId, created.accessCode.toLowerCase(), "10.0.0.1");
    expect(unlocked.ok).toBe(true);
    const view = await viewSharedTranscript(shareId, unlocked.ok ? unlocked.grant : undefined);
    expect(view.state).toBe("shared");
    if (view.state !== "shared") return;
    expect(view.transcript.holder.name).toBe("Grace Hopper");
    expect(view.transcript.active.map((c) => c.title)).toEqual(["Cloud Administrator"]);
    expect(view.transcript.exams).toHaveLength(1);

    const [listed] = await runAsViewer(viewerOf(me), listMyTranscriptShares);
    expect(listed).toMatchObject({ viewCount: 1, state: "active", label: "Recruiter" });
    expect(listed.lastViewedAt).not.toBeNull();
    expect(listed).not.toHaveProperty("accessCodeHash");
  });

  it("a grant for one link does not open another", async () => {
    const me = await sharer();
    const a = await share(me);
    const b = await share(me);
    const unlocked = await unlockSharedTranscript(idOf(a.url), a.accessCode, "10.0.0.2");
    if (!unlocked.ok) throw new Error("should unlock");
    expect((await viewSharedTranscript(idOf(b.url), unlocked.grant)).state).toBe("needs-code");
    expect(await unlockSharedTranscript(idOf(b.url), a.accessCode, "10.0.0.2")).toMatchObject({
      ok: false,
      reason: "wrong-code",
    });
  });

  it("share only what the owner chose: no exam history when left out", async () => {
    const me = await sharer();
    const created = await share(me, { includeExams: false });
    const unlocked = await unlockSharedTranscript(idOf(created.url), created.accessCode, "10.0.0.3");
    if (!unlocked.ok) throw new Error("should unlock");
    const view = await viewSharedTranscript(idOf(created.url), unlocked.grant);
    expect(view.state === "shared" && view.transcript.exams).toBeNull();
  });

  it("say plainly when revoked, and reveal nothing even with a valid grant or the right code", async () => {
    const me = await sharer();
    const created = await share(me);
    const shareId = idOf(created.url);
    const unlocked = await unlockSharedTranscript(shareId, created.accessCode, "10.0.0.4");
    if (!unlocked.ok) throw new Error("should unlock");
    const [row] = await runAsViewer(viewerOf(me), listMyTranscriptShares);
    await runAsViewer(viewerOf(me), () => revokeTranscriptShare(row.id));
    expect(await viewSharedTranscript(shareId, unlocked.grant)).toEqual({ state: "revoked", label: null });
    expect(await unlockSharedTranscript(shareId, created.accessCode, "10.0.0.4")).toEqual({
      ok: false,
      reason: "revoked",
    });
    expect((await runAsViewer(viewerOf(me), listMyTranscriptShares))[0].state).toBe("revoked");
    // Revoking twice is harmless.
    await runAsViewer(viewerOf(me), () => revokeTranscriptShare(row.id));
  });

  it("expire at their expiry and then reveal nothing", async () => {
    const me = await sharer();
    const created = await share(me, { expiresAt: new Date(Date.now() + 60_000) });
    const shareId = idOf(created.url);
    const unlocked = await unlockSharedTranscript(shareId, created.accessCode, "10.0.0.5");
    if (!unlocked.ok) throw new Error("should unlock");
    // The grant never outlives the link.
    expect(unlocked.maxAgeSeconds).toBeLessThanOrEqual(60);
    const later = new Date(Date.now() + 120_000);
    expect(await viewSharedTranscript(shareId, unlocked.grant, later)).toEqual({ state: "expired", label: null });
    expect(await unlockSharedTranscript(shareId, created.accessCode, "10.0.0.5", later)).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("slow down guessing from one client with a doubling wait, and reset it after the right code", async () => {
    const me = await sharer();
    const created = await share(me);
    const shareId = idOf(created.url);
    const t0 = new Date();
    const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
    // The limits read the clock, so the clock moves with the guesses.
    const guess = (when: Date, code = "AAAA-BBBB-CCCC") => {
      vi.setSystemTime(when);
      return unlockSharedTranscript(shareId, code, "10.1.0.1", when);
    };
    vi.useFakeTimers({ toFake: ["Date"] });
    onTestFinished(() => void vi.useRealTimers());
    for (let i = 0; i < 5; i++) expect(await guess(at(i))).toMatchObject({ ok: false, reason: "wrong-code" });
    // Five free tries, then a minute's wait, then two, then four.
    const waited = await guess(at(5));
    expect(waited).toMatchObject({
      ok: false,
      reason: "rate-limited",
      message: "Too many attempts. Try again in a minute.",
    });
    expect(await guess(at(4 + 61))).toMatchObject({ reason: "wrong-code" });
    expect(await guess(at(4 + 61 + 100))).toMatchObject({ reason: "rate-limited", retryAfterSeconds: 20 });
    expect(await guess(at(4 + 61 + 121))).toMatchObject({ reason: "wrong-code" });
    expect(await guess(at(4 + 61 + 121 + 200))).toMatchObject({ reason: "rate-limited", retryAfterSeconds: 40 });
    // The right code, once the wait is over, opens the link and clears the wait for this client.
    const opened = await guess(at(4 + 61 + 121 + 241), created.accessCode);
    expect(opened).toMatchObject({ ok: true });
    expect(await guess(at(4 + 61 + 121 + 242))).toMatchObject({ reason: "wrong-code" });
  });

  it("cannot be locked for the recipient by someone guessing elsewhere", async () => {
    const me = await sharer();
    const created = await share(me);
    const shareId = idOf(created.url);
    for (let i = 0; i < 30; i++) await unlockSharedTranscript(shareId, "AAAA-BBBB-CCCC", "203.0.113.66");
    expect(await unlockSharedTranscript(shareId, "AAAA-BBBB-CCCC", "203.0.113.66")).toMatchObject({
      reason: "rate-limited",
    });
    expect(await unlockSharedTranscript(shareId, created.accessCode, "198.51.100.20")).toMatchObject({ ok: true });
  });

  it("limit one client's guesses across every link", async () => {
    const me = await sharer();
    const links = await Promise.all(Array.from({ length: 7 }, () => share(me)));
    const answers = [];
    for (const link of links) {
      for (let i = 0; i < 5; i++)
        answers.push(await unlockSharedTranscript(idOf(link.url), "AAAA-BBBB-CCCC", "10.9.9.9"));
    }
    expect(answers.slice(0, 30).every((a) => !a.ok && a.reason === "wrong-code")).toBe(true);
    expect(answers.slice(30)).toEqual(answers.slice(30).map(() => expect.objectContaining({ reason: "rate-limited" })));
  });

  it("an unknown or malformed link is simply not found", async () => {
    expect(await viewSharedTranscript("AAAAAAAAAAAAAAAAAAAAAA", undefined)).toEqual({ state: "not-found" });
    expect(await viewSharedTranscript("../../etc", undefined)).toEqual({ state: "not-found" });
    expect(await unlockSharedTranscript("AAAAAAAAAAAAAAAAAAAAAA", "x", "10.0.0.9")).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("are listed and revoked only by their owner", async () => {
    const me = await sharer();
    const other = await makeCandidate();
    await share(me);
    const [mine] = await runAsViewer(viewerOf(me), listMyTranscriptShares);
    expect(await runAsViewer(viewerOf(other), listMyTranscriptShares)).toEqual([]);
    await expectStatus(
      runAsViewer(viewerOf(other), () => revokeTranscriptShare(mine.id)),
      404,
    );
    await expectStatus(
      runAsViewer(viewerOf(await makeStaff("SUPPORT")), () => revokeTranscriptShare(mine.id)),
      403,
    );
    await expectStatus(
      runAsViewer(null, () => revokeTranscriptShare(mine.id)),
      401,
    );
    await expectStatus(runAsViewer(null, listMyTranscriptShares), 401);
    await expectStatus(
      runAsViewer(viewerOf(await makeStaff("ADMIN")), () =>
        createTranscriptShare({ label: null, includeExams: true, expiresAt: null }),
      ),
      403,
    );
    expect((await runAsViewer(viewerOf(me), listMyTranscriptShares))[0].state).toBe("active");
  });
});
