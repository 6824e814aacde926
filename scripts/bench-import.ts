// `npx tsx scripts/bench-import.ts [rows]`: times an exam-results import on a throwaway embedded PostgreSQL with
// the demo data and 20,000 extra candidates, then the same file again (a no-op). Not part of the tests.
import pg from "pg";
import { startSmtpSink } from "@/lib/email/smtp-sink";
import { benchDatabase } from "./bench/setup";
import { generateCandidates } from "./bench/generate";
import { importCsv, importRun } from "./bench/import";

const ROWS = Number(process.argv[2] ?? 100_000);
const say = (line: string) => console.log(`[bench-import] ${line}`);

const sink = await startSmtpSink({ onMail: () => undefined });
process.env.SMTP_URL = `smtp://127.0.0.1:${sink.port}`;
const database = await benchDatabase(39_500 + Math.floor(Math.random() * 400));
const { db } = await import("@/lib/db");
const { seedIfEmpty } = await import("@/prisma/seed");
await seedIfEmpty(db);
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
await generateCandidates(client, 20_000, 0);
await client.end();

const csv = await importCsv(db, ROWS);
say(`file: ${ROWS.toLocaleString()} rows, ${(csv.length / 2 ** 20).toFixed(1)} MiB`);
const first = await importRun(db, csv);
say(`import: ${first.seconds.toFixed(1)} s, ${Math.round(ROWS / first.seconds).toLocaleString()} rows/s`);
say(`report: ${JSON.stringify(first.report)}`);
const again = await importRun(db, csv);
say(
  `same file again: ${again.seconds.toFixed(1)} s, created ${again.report.created}, badges ${again.report.badgesIssued}`,
);

await db.$disconnect();
await sink.close();
await database.stop();
