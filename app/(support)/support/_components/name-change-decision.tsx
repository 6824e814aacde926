import { decideNameChangeAction } from "@/lib/support/name-changes/actions/decide-name-change";
import { ActionForm } from "./action-form";

/** Approve or reject a pending legal-name change, with the note that stays on the request and in the audit log. */
export function NameChangeDecision({
  request,
}: {
  request: { id: string; requestedFirstName: string; requestedLastName: string };
}) {
  return (
    <ActionForm
      action={decideNameChangeAction}
      label={`Decide the change to ${request.requestedFirstName} ${request.requestedLastName}`}
      hidden={{ requestId: request.id }}
      submitLabel="Record decision"
      fields={[
        {
          kind: "choice",
          name: "decision",
          label: "Decision",
          options: [
            { value: "approve", label: "Approve" },
            { value: "reject", label: "Reject" },
          ],
        },
        {
          kind: "textarea",
          name: "note",
          label: "Note",
          hint: "What you checked, or why not; kept on the request and in the audit log.",
        },
      ]}
    />
  );
}
