import { pooledRandomBytes } from "@/lib/security/random-pool";

/**
 * Helpers for set-based raw inserts (arrays unnested server-side). Raw SQL bypasses the ORM, so the values it
 * would have filled in client-side (cuid ids, @updatedAt) have to be supplied here.
 */

let lastMs = 0;
let counter = 0;

/**
 * Row ids like the ORM's cuid() default: "c" and 24 lower-case characters, time first as in a cuid. Ids that sort by
 * creation land at the right edge of their primary key index, so a bulk insert touches a few index pages instead of
 * one random page per row (which, on tables of millions of rows, made the index writes the bulk of an import).
 */
export const newId = () => {
  const ms = Date.now();
  counter = ms === lastMs ? counter + 1 : 0;
  lastMs = ms;
  return `c${ms.toString(36).padStart(9, "0")}${counter.toString(36).padStart(4, "0").slice(-4)}${pooledRandomBytes(6).toString("hex").slice(0, 11)}`;
};

/**
 * A DateTime as text for a `::timestamp(3)` cast. Columns are timestamps without time zone holding UTC, which is
 * how the ORM writes them; text avoids depending on how the driver would serialise a Date inside an array.
 */
export const sqlTimestamp = (d: Date) => d.toISOString().slice(0, 23);

export const sqlTimestampOrNull = (d: Date | null | undefined) => (d ? sqlTimestamp(d) : null);
