import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { percentiles } from "./load";

/**
 * Support search by partial name over the generated candidates, as a support user's page loads: one request at a
 * time (the figure is per-search latency, not throughput), over varied fragments so no answer is cached. The
 * first `warmUp` searches are not counted, as the load tests' first seconds are not: each server process compiles
 * the support page's code on its first requests (the very first took 400 ms), which otherwise made the p99.
 */
export async function run(db: Db, base: string, requests = 300, warmUp = 100) {
  const staff = await db.user.create({
    data: { email: "bench-support@bench.example", role: "SUPPORT", emailVerified: new Date() },
  });
  const sessionToken = randomBytes(32).toString("hex");
  await db.session.create({ data: { sessionToken, userId: staff.id, expires: new Date(Date.now() + 86_400_000) } });
  const headers = { cookie: `authjs.session-token=${sessionToken}` };
  const fragments = [
    "fernan",
    "okafo",
    "shar",
    "muller1",
    "tanaka2",
    "lucia mensah",
    "garcia3",
    "johans",
    "haddad12",
    "brown9",
  ];
  const samples: number[] = [];
  for (let i = 0; i < warmUp + requests; i++) {
    const q = `${fragments[i % fragments.length]}${i % 7 === 0 ? "" : String(i % 10)}`;
    const started = performance.now();
    const res = await fetch(`${base}/support?q=${encodeURIComponent(q)}`, { headers });
    await res.text();
    if (!res.ok) throw new Error(`search answered ${res.status}`);
    if (i >= warmUp) samples.push(performance.now() - started);
  }
  return percentiles(samples);
}
