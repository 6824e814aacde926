/** What a step may wait for: the step before it reaching its checkpoint, or finishing. */
export type StepTurn = {
  /** Resolves when the previous step has passed its checkpoint (or finished); rejects if it failed. */
  previousCheckpoint: Promise<void>;
  /** Resolves when the previous step has finished; rejects if it failed. */
  previousDone: Promise<void>;
  checkpoint: () => void;
};

type Deferred = { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void };

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined); // a failure is reported once, by runOrderedSteps; waiters see it too
  return { promise, resolve, reject };
}

/**
 * Runs steps up to `concurrency` at a time, in a chain: each step is told when the one before it has passed its
 * checkpoint and when it has finished, so a step can do its independent work alongside the previous one and still
 * take its turn for what must happen in order. A failed step fails every step waiting on it; no new step starts
 * after a failure, and the first failure is thrown once the steps in flight have settled.
 */
export async function runOrderedSteps<T>(
  items: T[],
  concurrency: number,
  step: (item: T, turn: StepTurn) => Promise<void>,
): Promise<void> {
  const running = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let previous = { checkpoint: Promise.resolve(), done: Promise.resolve() };
  for (const item of items) {
    if (failure) break;
    const checkpoint = deferred();
    const done = deferred();
    // Checkpoints pass in order too: a step that reaches its own before the previous one did waits for it.
    const before = previous.checkpoint;
    const pass = () => void before.then(checkpoint.resolve, checkpoint.reject);
    const turn: StepTurn = { previousCheckpoint: before, previousDone: previous.done, checkpoint: pass };
    const task = step(item, turn).then(
      () => {
        pass();
        done.resolve();
      },
      (error: unknown) => {
        failure ??= { error };
        checkpoint.reject(error);
        done.reject(error);
      },
    );
    running.add(task);
    void task.then(() => running.delete(task));
    previous = { checkpoint: checkpoint.promise, done: done.promise };
    if (running.size >= concurrency) await Promise.race(running);
  }
  await Promise.all(running);
  if (failure) throw failure.error;
}
