// Demo data: a realistic catalogue, about fifty candidates with histories, and one support and one admin user.
// `npm run dev` loads it once into an empty database; `npm run db:seed` does the same by hand.
import type { Db } from "@/lib/db";
import { seedCatalogue } from "./seed/catalogue";
import { seedBadges } from "./seed/badges";
import { seedPeople } from "./seed/people";
import { seedPostings } from "./seed/postings";
import { seedSupportCases } from "./seed/support";
import { seededRandom } from "./seed/random";

export async function seedIfEmpty(db: Db): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const ids = await seedCatalogue(db);
  await seedPeople(db, ids, seededRandom(2026));
  await seedPostings(db);
  await seedBadges(db);
  await seedSupportCases(db);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { db } = await import("@/lib/db");
  const seeded = await seedIfEmpty(db);
  console.log(seeded ? "Demo data loaded." : "The database already has data; nothing loaded.");
  await db.$disconnect();
}
