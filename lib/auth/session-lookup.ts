import type { AdapterSession, AdapterUser } from "next-auth/adapters";
import { directQuery } from "@/lib/db/pg-query";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

type Row = {
  sessionToken: string;
  userId: string;
  expires: Date;
  email: string;
  emailVerified: Date | null;
  name: string | null;
  image: string | null;
  role: Role;
};

/**
 * The session and its user, for every signed-in request. One hand-written query instead of the Prisma adapter's
 * findUnique-with-include: Prisma 6 compiles each ORM query afresh in WebAssembly on the request's thread, which
 * measured about 1.7 ms of CPU per query here. This runs on every page view, so it skips Prisma (lib/db/pg-query.ts).
 */
export async function getSessionAndUser(
  sessionToken: string,
): Promise<{ session: AdapterSession; user: AdapterUser & { role: Role } } | null> {
  const [row] = await directQuery<Row>(Prisma.sql`
    SELECT s."sessionToken", s."userId", s.expires, u.email, u."emailVerified", u.name, u.image, u.role::text AS role
    FROM "Session" s JOIN "User" u ON u.id = s."userId"
    WHERE s."sessionToken" = ${sessionToken}`);
  if (!row) return null;
  return {
    session: { sessionToken: row.sessionToken, userId: row.userId, expires: row.expires },
    user: {
      id: row.userId,
      email: row.email,
      emailVerified: row.emailVerified,
      name: row.name,
      image: row.image,
      role: row.role,
    },
  };
}
