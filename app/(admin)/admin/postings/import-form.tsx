"use client";

import { useActionState, useState } from "react";
import { importPostingsAction, type ImportPostingsState } from "@/lib/admin/postings/actions/import-postings";
import {
  importPostingsForm,
  POSTING_COLUMNS,
  POSTINGS_IMPORT_MAX_BYTES,
  POSTINGS_IMPORT_MAX_ROWS,
} from "@/lib/validation/posting";
import { byteSize, fileProblem } from "@/lib/validation/uploads";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { FileField } from "@/components/ui/file-field";
import { FormStatus } from "@/components/ui/form-status";
import { Table, Td, Th } from "@/components/ui/table";

const initial: ImportPostingsState = { ok: false };

export function ImportPostingsForm() {
  const [state, action, pending] = useActionState(importPostingsAction, initial);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const report = state.report?.ok ? state.report : null;
  return (
    <Card title="Import postings">
      <p className="text-sm text-slate-700">
        A CSV (first row: column names) or a JSON array with the columns{" "}
        <code className="text-xs">{POSTING_COLUMNS.join(", ")}</code>. Required: external_id, title, employer, location,
        url (https), posted_on (YYYY-MM-DD). Skills are separated by semicolons; certification is a catalogue code.
        Importing a posting again with the same external_id updates it. At most{" "}
        {POSTINGS_IMPORT_MAX_ROWS.toLocaleString("en-GB")} rows and {byteSize(POSTINGS_IMPORT_MAX_BYTES)} per file.{" "}
        <a href="/admin/postings/sample.csv" className="font-medium text-brand-700 underline">
          Download a sample CSV
        </a>
        .
      </p>
      <form
        action={action}
        className="mt-4 space-y-4"
        onSubmit={(e) => {
          // The server checks too; this spares a large upload that would be refused, and one over Next.js's
          // server-action body limit, which fails with a bare error rather than a message.
          const problem = fileProblem(importPostingsForm.shape.file, new FormData(e.currentTarget).get("file"));
          setTooBig(problem);
          if (problem) e.preventDefault();
        }}
      >
        <FileField
          id="postings-file"
          label="Postings file (CSV or JSON)"
          name="file"
          accept=".csv,.json,text/csv,application/json"
          required
          errors={tooBig ? [tooBig] : undefined}
        />
        <Checkbox
          id="create-missing-skills"
          name="createMissingSkills"
          label="Add skills that are not in the catalogue yet (otherwise rows naming them are rejected)"
        />
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import postings"}
        </Button>
        <FormStatus message={tooBig ?? state.message} ok={!tooBig && state.ok} />
      </form>
      {report && report.createdSkills.length > 0 && (
        <p className="mt-2 text-sm text-slate-700">
          New skills added to the catalogue: {report.createdSkills.join(", ")}.
        </p>
      )}
      {report && report.rejected.length > 0 && (
        <div className="mt-4">
          <Table caption="Rows not imported" showCaption minWidth="24rem">
            <thead>
              <tr>
                <Th>Row</Th>
                <Th>external_id</Th>
                <Th>Problems</Th>
              </tr>
            </thead>
            <tbody>
              {report.rejected.map((r) => (
                <tr key={r.rowNumber}>
                  <Td>{r.rowNumber}</Td>
                  <Td className="font-mono text-xs">{r.externalId ?? "—"}</Td>
                  <Td>
                    <ul className="list-disc pl-5">
                      {r.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </Card>
  );
}
