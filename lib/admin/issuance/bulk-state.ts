import type { ActionState } from "@/lib/forms/action-client";
import type { BulkIssueReport, BulkRevokeReport } from "@/lib/admin/issuance/issuance";

/** Form state of the bulk forms: the usual state plus what happened, for the report under the form. */
export type BulkIssueState = ActionState & { report?: BulkIssueReport };
export type BulkRevokeState = ActionState & { report?: BulkRevokeReport };
