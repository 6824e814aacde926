import "server-only";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocalRequest } from "@/lib/security/client-address";

/**
 * The development mailbox exists only when no real mail server is configured (DEV_MAILBOX): there it lets a
 * newcomer read their sign-in link. It holds every sign-in link, so even then it answers only to this machine
 * (the socket's address, or the client a trusted proxy reports: a proxy on this machine does not make its clients
 * local). Everywhere else it is a 404, for everyone.
 */
async function requireDevMailbox() {
  if (!env().DEV_MAILBOX) notFound();
  if (!isLocalRequest(await headers())) notFound();
}

export async function listDevMail(filter: { to?: string }) {
  await requireDevMailbox();
  const rows = await db.devMailboxMessage.findMany({
    where: filter.to ? { to: { contains: filter.to.toLowerCase() } } : {},
    orderBy: { receivedAt: "desc" },
    take: 100,
    select: { id: true, to: true, subject: true, receivedAt: true },
  });
  return rows;
}

export async function getDevMail(id: string) {
  await requireDevMailbox();
  const mail = await db.devMailboxMessage.findUnique({ where: { id } });
  if (!mail) notFound();
  return mail;
}
