import type { Db, Tx } from "@/lib/db";

/**
 * The live account each address belongs to, for many addresses in a fixed number of queries: the same answer as
 * findUserByAnyEmail (primary email, or a confirmed secondary one; merged accounts followed to their survivor).
 * Addresses must already be lower-case. Unknown addresses are absent from the map.
 */
export async function resolveUsersByEmail(client: Db | Tx, emails: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(emails)];
  const owner = new Map<string, string>();
  if (wanted.length === 0) return owner;
  const [primary, secondary] = await Promise.all([
    client.user.findMany({ where: { email: { in: wanted } }, select: { id: true, email: true } }),
    client.candidateEmail.findMany({
      where: { email: { in: wanted }, confirmedAt: { not: null } },
      select: { email: true, userId: true },
    }),
  ]);
  for (const s of secondary) owner.set(s.email, s.userId);
  // The primary address wins over someone else's confirmed secondary one, as in findUserByAnyEmail.
  for (const p of primary) owner.set(p.email, p.id);

  // Follow merges, a hop at a time for all addresses together.
  const survivor = new Map<string, string>();
  let pending = [...new Set(owner.values())];
  for (let hop = 0; hop < 5 && pending.length; hop++) {
    const merged = await client.user.findMany({
      where: { id: { in: pending }, status: "MERGED", mergedIntoId: { not: null } },
      select: { id: true, mergedIntoId: true },
    });
    for (const m of merged) survivor.set(m.id, m.mergedIntoId!);
    pending = merged.map((m) => m.mergedIntoId!);
  }
  const finalId = (id: string) => {
    for (let hop = 0; hop < 5 && survivor.has(id); hop++) id = survivor.get(id)!;
    return id;
  };
  for (const [email, id] of owner) owner.set(email, finalId(id));
  return owner;
}
