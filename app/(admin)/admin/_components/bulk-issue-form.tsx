"use client";

import { useActionState } from "react";
import { bulkIssueAction } from "@/lib/admin/issuance/actions/bulk-issue";
import type { BulkIssueState } from "@/lib/admin/issuance/actions/bulk-issue";
import { FileField } from "@/components/ui/file-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { Checkbox } from "@/components/ui/checkbox";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Template = { id: string; name: string; status: string };

export function BulkIssueForm({ templates }: { templates: Template[] }) {
  const [state, action, pending] = useActionState(bulkIssueAction, { ok: false } as BulkIssueState);
  const e = state.fieldErrors;
  const missed = [...(state.report?.unknownEmails ?? []), ...(state.report?.invalidEmails ?? [])];
  return (
    <form action={action} className="space-y-4" noValidate>
      <Select
        label="Badge template"
        name="templateId"
        id="issue-template"
        errors={e?.templateId}
        required
        defaultValue={state.values?.templateId ?? ""}
      >
        <option value="" disabled>
          Choose…
        </option>
        {templates
          .filter((t) => t.status === "ACTIVE")
          .map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
      </Select>
      <Textarea
        label="Email addresses"
        name="emails"
        id="issue-emails"
        errors={e?.emails}
        defaultValue={state.values?.emails}
        hint="One per line, or commas between them. Or upload a CSV of emails below."
      />
      <FileField label="CSV of emails" name="file" accept=".csv,text/csv,text/plain" />
      <Checkbox
        label="Email the earners"
        name="notify"
        id="issue-notify"
        defaultChecked
        hint="Each new badge's earner gets the usual badge email with their claim link."
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Issuing…" : "Issue badges"}
      </Button>
      <FormStatus message={state.message} ok={state.ok} />
      {missed.length > 0 && (
        <div className="text-sm text-slate-800">
          <p className="font-medium">Not issued: no candidate has these addresses (or they are not addresses):</p>
          <ul className="ml-5 list-disc">
            {missed.slice(0, 200).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
