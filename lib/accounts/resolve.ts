import type { Db, Tx } from "@/lib/db";
import { normalizeMcid } from "@/lib/rules/mcid";

const MAX_MERGE_HOPS = 5;

/** The account a (possibly merged) user id now lives on. */
export async function followMerges(client: Db | Tx, userId: string): Promise<string> {
  let id = userId;
  for (let hops = 0; hops < MAX_MERGE_HOPS; hops++) {
    const u = await client.user.findUnique({ where: { id }, select: { status: true, mergedIntoId: true } });
    if (u?.status !== "MERGED" || !u.mergedIntoId) return id;
    id = u.mergedIntoId;
  }
  return id;
}

/** MCID, or an old MCID kept as an alias after a merge, to the live account that holds it. */
export async function userIdByMcid(
  client: Db | Tx,
  mcid: string,
): Promise<{ userId: string; viaAlias: boolean } | null> {
  const profile = await client.candidateProfile.findUnique({ where: { mcid }, select: { userId: true } });
  if (profile) {
    const live = await followMerges(client, profile.userId);
    return { userId: live, viaAlias: live !== profile.userId };
  }
  const alias = await client.mcidAlias.findUnique({ where: { mcid }, select: { userId: true } });
  return alias ? { userId: await followMerges(client, alias.userId), viaAlias: true } : null;
}

/**
 * What support types to name another account (an MCID or an email address, primary or secondary, confirmed or
 * not: support is asserting who it is) to the live candidate account; null when nothing matches.
 */
export async function resolveCandidateRef(client: Db | Tx, ref: string): Promise<string | null> {
  const q = ref.trim();
  if (q.includes("@")) {
    const address = q.toLowerCase();
    const primary = await client.user.findUnique({ where: { email: address }, select: { id: true } });
    const secondary = primary
      ? null
      : await client.candidateEmail.findUnique({ where: { email: address }, select: { userId: true } });
    const id = primary?.id ?? secondary?.userId;
    return id ? followMerges(client, id) : null;
  }
  const mcid = normalizeMcid(q);
  return mcid ? ((await userIdByMcid(client, mcid))?.userId ?? null) : null;
}
