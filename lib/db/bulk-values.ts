import { randomBytes } from "node:crypto";

/**
 * Helpers for set-based raw inserts (arrays unnested server-side). Raw SQL bypasses the ORM, so the values it
 * would have filled in client-side (cuid ids, @updatedAt) have to be supplied here.
 */

/** Row ids like the ORM's cuid() default: "c" and 24 lower-case characters. */
export const newId = () => `c${randomBytes(12).toString("hex")}`;

/**
 * A DateTime as text for a `::timestamp(3)` cast. Columns are timestamps without time zone holding UTC, which is
 * how the ORM writes them; text avoids depending on how the driver would serialise a Date inside an array.
 */
export const sqlTimestamp = (d: Date) => d.toISOString().slice(0, 23);

export const sqlTimestampOrNull = (d: Date | null | undefined) => (d ? sqlTimestamp(d) : null);
