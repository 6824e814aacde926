import autocannon from "autocannon";

export type LoadResult = {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
};

/**
 * Seconds of load before the measured run. A fresh Next.js process keeps getting faster for about half a minute
 * of load (V8 optimising the render path): measured in 10 s windows, the dashboard gave 146, 182 and 183 req/s.
 */
export const WARM_UP_SECONDS = 30;

/** Drives one URL with autocannon from this process (loopback only) and summarises it. */
export async function load(
  name: string,
  url: string,
  opts: { seconds?: number; connections?: number; headers?: Record<string, string> } = {},
): Promise<LoadResult> {
  // Load first, not counted: the figures are for a server in its steady state, whose processes have
  // compiled their hot code and filled their pools (a fresh one is measurably slower for its first seconds).
  await autocannon({ url, duration: WARM_UP_SECONDS, connections: opts.connections ?? 10, headers: opts.headers });
  const result = await autocannon({
    url,
    duration: opts.seconds ?? 10,
    connections: opts.connections ?? 10,
    headers: opts.headers,
  });
  return {
    name,
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** Latency percentiles of repeated single requests (for work measured per call rather than under load). */
export function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { p50: at(0.5), p99: at(0.99) };
}
