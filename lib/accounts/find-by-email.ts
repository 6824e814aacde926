import type { Db, Tx } from "@/lib/db";

/**
 * The live account an address belongs to: the primary email, or a confirmed secondary one. Merged accounts are
 * followed to their survivor.
 */
export async function findUserByAnyEmail(client: Db | Tx, email: string) {
  const address = email.trim().toLowerCase();
  let user =
    (await client.user.findUnique({ where: { email: address } })) ??
    (await client.candidateEmail
      .findFirst({ where: { email: address, confirmedAt: { not: null } }, include: { user: true } })
      .then((e) => e?.user ?? null));
  for (let hops = 0; user?.status === "MERGED" && user.mergedIntoId && hops < 5; hops++) {
    user = await client.user.findUnique({ where: { id: user.mergedIntoId } });
  }
  return user;
}
