import type pg from "pg";
import type { Db } from "@/lib/db";
import { recordEarnedCertifications } from "@/lib/records/earn-certifications";

/**
 * Bulk data for the benchmark, generated inside PostgreSQL (generate_series), so 1,000,000 rows take seconds:
 * `candidates` candidates with profiles and `results` exam results spread over them and the demo catalogue.
 */
export async function generateCandidates(client: pg.Client, candidates: number, results: number) {
  const firsts = [
    "Lucia",
    "Amara",
    "Chen",
    "Oliver",
    "Priya",
    "Mateo",
    "Zoe",
    "Kwame",
    "Ingrid",
    "Hiro",
    "Fatima",
    "Liam",
  ];
  const lasts = [
    "Fernandez",
    "Okafor",
    "Wang",
    "Smith",
    "Sharma",
    "Garcia",
    "Muller",
    "Mensah",
    "Johansson",
    "Tanaka",
    "Haddad",
    "Brown",
  ];
  await client.query(
    `
    INSERT INTO "User" (id, email, name, role, status, "emailVerified", "lastSignInAt", "createdAt", "updatedAt")
    SELECT 'bench-u-' || i, 'bench' || i || '@bench.example',
           ($1::text[])[1 + i % 12] || ' ' || ($2::text[])[1 + (i / 12) % 12] || i,
           'CANDIDATE', 'ACTIVE', now(), now() - (i % 700) * interval '1 day', now(), now()
    FROM generate_series(1, $3::int) AS i`,
    [firsts, lasts, candidates],
  );
  await client.query(
    `
    INSERT INTO "CandidateProfile" (id, "userId", mcid, "legalFirstName", "legalLastName", "searchText", "publicSlug", "createdAt", "updatedAt")
    SELECT 'bench-p-' || i, 'bench-u-' || i, (8000000000 + i)::text,
           ($1::text[])[1 + i % 12], ($2::text[])[1 + (i / 12) % 12] || i,
           lower(($1::text[])[1 + i % 12] || ' ' || ($2::text[])[1 + (i / 12) % 12] || i),
           'bench' || i, now(), now()
    FROM generate_series(1, $3::int) AS i`,
    [firsts, lasts, candidates],
  );
  await client.query(
    `
    WITH exams AS (SELECT array_agg(id ORDER BY code) AS ids FROM "Exam")
    INSERT INTO "ExamResult" (id, "userId", "examId", "takenOn", score, passed, channel, "sourceRecordId", "sourceEmail", "createdAt")
    SELECT 'bench-r-' || i, 'bench-u-' || (1 + i % $1::int), exams.ids[1 + i % array_length(exams.ids, 1)],
           now() - (i % 2000) * interval '1 day', 500 + i % 450, (500 + i % 450) >= 700,
           (ARRAY['TEST_CENTER','ONLINE','CERTIPORT']::"DeliveryChannel"[])[1 + i % 3],
           'BENCH-' || i, 'bench' || (1 + i % $1::int) || '@bench.example', now()
    FROM generate_series(1, $2::int) AS i, exams`,
    [candidates, results],
  );
  // Flushes the trigram index's pending list too, as autovacuum would after a bulk load.
  await client.query(`VACUUM ANALYZE`);
}

/**
 * Records the certifications the generated results earn, as a live database would already hold them; without
 * this, the import measurement would mostly be backfilling the generator's history instead of importing.
 */
export async function recordGeneratedCertifications(db: Db, candidates: number) {
  const batch = 2000;
  for (let start = 1; start <= candidates; start += batch) {
    const ids = Array.from({ length: Math.min(batch, candidates - start + 1) }, (_, i) => `bench-u-${start + i}`);
    await db.$transaction((tx) => recordEarnedCertifications(tx, ids), { timeout: 120_000 });
  }
}
