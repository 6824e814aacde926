import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pgConfigFromUrl } from "@/lib/db/pg-config";

/** The floor for an import: a plain COPY of the same rows into a bare table, no validation, no side effects. */
export async function plainCopy(databaseUrl: string, csv: string) {
  const client = new pg.Client(pgConfigFromUrl(databaseUrl));
  await client.connect();
  await client.query(
    `CREATE TEMP TABLE copy_probe (email text, name text, exam_code text, date date, score int, pass boolean, channel text, source_record_id text)`,
  );
  const started = performance.now();
  await pipeline(
    Readable.from([csv]),
    client.query(copyFrom(`COPY copy_probe FROM STDIN WITH (FORMAT csv, HEADER true)`)),
  );
  const seconds = (performance.now() - started) / 1000;
  await client.end();
  return seconds;
}
