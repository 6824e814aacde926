import type { Db } from "@/lib/db";
import { load, type LoadResult } from "./load";

/** The public verification page of one accepted public badge, and its hosted Open Badges 2.0 assertion. */
export async function run(db: Db, base: string, seconds: number): Promise<LoadResult[]> {
  const badge = await db.badge.findFirstOrThrow({
    where: { state: "ACCEPTED", public: true, user: { email: "heavy@bench.example" } },
    select: { id: true },
  });
  for (const path of [`/badges/${badge.id}`, `/api/ob/assertions/${badge.id}`]) {
    const res = await fetch(`${base}${path}`);
    if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  }
  return [
    await load("badge verification page", `${base}/badges/${badge.id}`, { seconds }),
    await load("Open Badges 2.0 assertion JSON", `${base}/api/ob/assertions/${badge.id}`, { seconds }),
  ];
}
