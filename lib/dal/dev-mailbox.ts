import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

/**
 * The development mailbox exists only when no real mail server is configured (DEV_MAILBOX): there it lets a
 * newcomer read their sign-in link. Everywhere else it is a 404, for everyone.
 */
function requireDevMailbox() {
  if (!env().DEV_MAILBOX) notFound();
}

export async function listDevMail(filter: { to?: string }) {
  requireDevMailbox();
  const rows = await db.devMailboxMessage.findMany({
    where: filter.to ? { to: { contains: filter.to.toLowerCase() } } : {},
    orderBy: { receivedAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, receivedAt: true },
  });
  return rows;
}

export async function getDevMail(id: string) {
  requireDevMailbox();
  const mail = await db.devMailboxMessage.findUnique({ where: { id } });
  if (!mail) notFound();
  return mail;
}
