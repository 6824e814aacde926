import { describe, expect, it } from "vitest";
import { runOrderedSteps } from "@/lib/jobs/ordered-steps";

const tick = () => new Promise((r) => setTimeout(r, 1));

describe("runOrderedSteps", () => {
  it("runs up to the given number of steps at once, and finishes them in order", async () => {
    let inFlight = 0;
    let most = 0;
    const finished: number[] = [];
    await runOrderedSteps([1, 2, 3, 4, 5, 6], 2, async (n, turn) => {
      inFlight++;
      most = Math.max(most, inFlight);
      // Later steps have less work, so without the turn they would finish first.
      for (let i = 0; i < 7 - n; i++) await tick();
      await turn.previousDone;
      finished.push(n);
      inFlight--;
    });
    expect(most).toBe(2);
    expect(finished).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("passes checkpoints in order, even for a step that reaches its own first", async () => {
    const passed: number[] = [];
    await runOrderedSteps([1, 2, 3], 3, async (n, turn) => {
      if (n === 1) for (let i = 0; i < 5; i++) await tick();
      turn.checkpoint();
      void turn.previousCheckpoint.then(() => passed.push(n - 1));
      await turn.previousDone;
    });
    expect(passed).toEqual([0, 1, 2]);
  });

  it("fails the steps waiting on a failed one, starts no more, and throws the first failure", async () => {
    const boom = new Error("boom");
    const started: number[] = [];
    const outcomes: string[] = [];
    await expect(
      runOrderedSteps([1, 2, 3, 4], 2, async (n, turn) => {
        started.push(n);
        if (n === 1) {
          await tick();
          throw boom;
        }
        try {
          await turn.previousDone;
          outcomes.push(`${n} went on`);
        } catch (error) {
          outcomes.push(`${n} saw ${(error as Error).message}`);
          throw error;
        }
      }),
    ).rejects.toBe(boom);
    expect(started).toEqual([1, 2]);
    expect(outcomes).toEqual(["2 saw boom"]);
  });
});
