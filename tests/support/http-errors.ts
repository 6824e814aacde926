import { expect } from "vitest";

/** Status of Next's unauthorized()/forbidden()/notFound() signals, read from the error they throw. */
export function interruptStatus(error: unknown): number | null {
  const digest = (error as { digest?: string } | null)?.digest ?? "";
  if (digest === "NEXT_NOT_FOUND") return 404;
  const match = /^NEXT_HTTP_ERROR_FALLBACK;(\d{3})$/.exec(digest);
  return match ? Number(match[1]) : null;
}

export async function expectStatus(promise: Promise<unknown>, status: 401 | 403 | 404) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected a ${status}, but the call succeeded`).not.toBeNull();
  expect(interruptStatus(error)).toBe(status);
}
