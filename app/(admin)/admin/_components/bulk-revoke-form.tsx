"use client";

import { useActionState } from "react";
import { bulkRevokeAction } from "@/lib/admin/issuance/actions/bulk-revoke";
import type { BulkRevokeState } from "@/lib/admin/issuance/actions/bulk-revoke";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { FormStatus } from "@/components/ui/form-status";
import { Checkbox } from "@/components/ui/checkbox";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Template = { id: string; name: string };

export function BulkRevokeForm({ templates }: { templates: Template[] }) {
  const [state, action, pending] = useActionState(bulkRevokeAction, { ok: false } as BulkRevokeState);
  const e = state.fieldErrors;
  const missing = state.report?.notFound ?? [];
  return (
    <form action={action} className="space-y-4" noValidate>
      <p className="text-sm text-slate-700">
        Choose badges by template and earners&apos; addresses, or list badge ids.
      </p>
      <Select
        label="Badge template"
        name="templateId"
        id="revoke-template"
        errors={e?.templateId}
        defaultValue={state.values?.templateId ?? ""}
      >
        <option value="">None (use badge ids)</option>
        {templates.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </Select>
      <Textarea
        label="Earners' email addresses"
        name="emails"
        id="revoke-emails"
        errors={e?.emails}
        defaultValue={state.values?.emails}
        rows={3}
      />
      <Textarea
        label="Badge ids"
        name="badgeIds"
        errors={e?.badgeIds}
        defaultValue={state.values?.badgeIds}
        rows={3}
        hint="One per line or separated by commas."
      />
      <Textarea
        label="Reason"
        name="reason"
        required
        errors={e?.reason}
        defaultValue={state.values?.reason}
        rows={2}
        hint="Required. Shown on the verification page of each revoked badge."
      />
      <Checkbox label="Notify the earners by email" name="notify" id="revoke-notify" />
      <ConfirmDialog
        trigger={pending ? "Revoking…" : "Revoke badges"}
        title="Revoke these badges?"
        confirmLabel="Yes, revoke them"
        pending={pending}
      >
        <p>
          Each badge chosen verifies as revoked at once, with the reason you gave. A revoked badge cannot be restored.
        </p>
      </ConfirmDialog>
      <FormStatus message={state.message} ok={state.ok} />
      {missing.length > 0 && (
        <div className="text-sm text-slate-800">
          <p className="font-medium">No badge found for:</p>
          <ul className="ml-5 list-disc">
            {missing.slice(0, 200).map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
