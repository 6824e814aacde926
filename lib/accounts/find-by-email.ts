import type { Db, Tx } from "@/lib/db";
import { resolveUsersByEmail } from "@/lib/accounts/resolve-emails";

/**
 * The live account an address belongs to: the primary email, or a confirmed secondary one. Merged accounts are
 * followed to their survivor. The rule itself is written once, in resolveUsersByEmail; this is its one-address form.
 */
export async function findUserByAnyEmail(client: Db | Tx, email: string) {
  const address = email.trim().toLowerCase();
  const userId = (await resolveUsersByEmail(client, [address])).get(address);
  return userId ? client.user.findUnique({ where: { id: userId } }) : null;
}
