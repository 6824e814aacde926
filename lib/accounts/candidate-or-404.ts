import "server-only";
import { notFound } from "next/navigation";
import type { Db, Tx } from "@/lib/db";

/** A candidate account by id, or a 404: staff accounts are not casework and are never shown as candidates. */
export async function candidateOr404(client: Db | Tx, userId: string) {
  const user = await client.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, status: true, email: true },
  });
  if (user?.role !== "CANDIDATE") notFound();
  return user;
}
