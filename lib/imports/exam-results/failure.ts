/**
 * What an admin or a partner system reads when an import gives up. The raw error (a PostgreSQL message, a stack)
 * means nothing to them and may name internals, so known failures are put in words and the rest get a general
 * sentence; the raw message stays on the job's lastError and in the worker's log.
 */
const KNOWN: [RegExp, string][] = [
  [
    /invalid byte sequence for encoding "UTF8": 0x00/i,
    "The file contains a NUL character (U+0000) that cannot be stored. Remove it and import the file again.",
  ],
  [
    /invalid byte sequence|character with byte sequence .* has no equivalent/i,
    "The file contains text that is not valid UTF-8. Export it as CSV (UTF-8) and import it again.",
  ],
  [
    /value too long for type/i,
    "A value in the file is longer than can be stored. Check the row lengths and import the file again.",
  ],
  [
    /deadlock detected|could not serialize access/i,
    "The import kept colliding with other work on the same candidates. Retry it when fewer imports are running.",
  ],
  [
    /transaction .*(timeout|expired|closed)|timed? ?out|canceling statement due to statement timeout/i,
    "Saving a part of the file took too long, as the database was busy. Retry the import later.",
  ],
  [
    /ECONNREFUSED|ECONNRESET|Connection terminated|connect ETIMEDOUT|the database system is (starting up|shutting down)|too many clients/i,
    "The database could not be reached. Retry the import once it is available.",
  ],
];

export function describeImportFailure(error: unknown, attempts: number): string {
  const message = error instanceof Error ? error.message : String(error);
  for (const [pattern, words] of KNOWN) if (pattern.test(message)) return `The import stopped. ${words}`;
  const tries = attempts === 1 ? "its first attempt" : `${attempts} attempts`;
  return `The import stopped after ${tries} because of an unexpected error. Rows committed before it are kept; the technical detail is in the job's log.`;
}
