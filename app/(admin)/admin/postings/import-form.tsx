"use client";

import { useActionState, useState } from "react";
import { importPostingsAction, type ImportPostingsState } from "@/lib/admin/postings/actions/import-postings";
import { importPostingsForm, POSTING_COLUMNS, POSTINGS_IMPORT_MAX_BYTES, POSTINGS_IMPORT_MAX_ROWS } from "@/lib/validation/posting";
import { byteSize, fileProblem } from "@/lib/validation/uploads";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormStatus } from "@/components/ui/form-status";

const initial: ImportPostingsState = { ok: false };

export function ImportPostingsForm() {
  const [state, action, pending] = useActionState(importPostingsAction, initial);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const report = state.report?.ok ? state.report : null;
  return (
    <Card title="Import postings">
      <p className="text-sm text-slate-700">
        A CSV (first row: column names) or a JSON array with the columns <code className="text-xs">{POSTING_COLUMNS.join(", ")}</code>.
        Required: external_id, title, employer, location, url (https), posted_on (YYYY-MM-DD). Skills are separated by
        semicolons; certification is a catalogue code. Importing a posting again with the same external_id updates it.
        At most {POSTINGS_IMPORT_MAX_ROWS.toLocaleString("en-GB")} rows and {byteSize(POSTINGS_IMPORT_MAX_BYTES)} per file.{" "}
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
        <div>
          <label htmlFor="postings-file" className="block text-sm font-medium text-slate-800">
            Postings file (CSV or JSON)
          </label>
          <input
            id="postings-file"
            name="file"
            type="file"
            accept=".csv,.json,text/csv,application/json"
            required
            className="mt-1 block w-full text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5"
          />
        </div>
        <div className="flex items-center gap-2">
          <input id="create-missing-skills" name="createMissingSkills" type="checkbox" className="h-5 w-5 rounded border-slate-400" />
          <label htmlFor="create-missing-skills" className="text-sm text-slate-800">
            Add skills that are not in the catalogue yet (otherwise rows naming them are rejected)
          </label>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Importing…" : "Import postings"}
        </Button>
        <FormStatus message={tooBig ?? state.message} ok={!tooBig && state.ok} />
      </form>
      {report && report.createdSkills.length > 0 && (
        <p className="mt-2 text-sm text-slate-700">New skills added to the catalogue: {report.createdSkills.join(", ")}.</p>
      )}
      {report && report.rejected.length > 0 && (
        <div className="mt-4 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="mb-2 text-left font-semibold text-slate-900">Rows not imported</caption>
            <thead className="border-b border-slate-300 text-slate-700">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">Row</th>
                <th scope="col" className="py-1 pr-3 font-medium">external_id</th>
                <th scope="col" className="py-1 font-medium">Problems</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {report.rejected.map((r) => (
                <tr key={r.rowNumber} className="align-top">
                  <td className="py-1 pr-3">{r.rowNumber}</td>
                  <td className="py-1 pr-3 font-mono text-xs">{r.externalId ?? "—"}</td>
                  <td className="py-1">
                    <ul className="list-disc pl-5">
                      {r.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
