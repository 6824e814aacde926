import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer, type Viewer } from "@/lib/session";
import { initialActionState } from "@/lib/forms/form-state";
import { searchCandidates } from "@/lib/support/search/search";
import { getCandidateCase } from "@/lib/support/candidates/case";
import { resendBadgeEmail } from "@/lib/support/candidates/badge-email";
import { reactivateAccount } from "@/lib/support/candidates/reactivate";
import { decideNameChange, listPendingNameChanges } from "@/lib/support/name-changes/name-changes";
import { linkExamResult, listUnmatchedResults } from "@/lib/support/unmatched/unmatched";
import { mergeCandidateAccounts, previewMerge } from "@/lib/support/candidates/merge";
import { addStaffNote } from "@/lib/support/candidates/notes";
import { listAuditEntries } from "@/lib/support/audit/audit-log";
import { resendBadgeEmailAction } from "@/lib/support/candidates/actions/resend-badge-email";
import { reactivateAccountAction } from "@/lib/support/candidates/actions/reactivate-account";
import { decideNameChangeAction } from "@/lib/support/name-changes/actions/decide-name-change";
import { linkExamResultAction } from "@/lib/support/unmatched/actions/link-exam-result";
import { mergeAccountsAction } from "@/lib/support/candidates/actions/merge-accounts";
import { addStaffNoteAction } from "@/lib/support/candidates/actions/add-staff-note";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";
import { candidateWithBadge } from "./badges-fixtures";

function form(values: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

/** Every support entry point, called with real ids of the caller's own records and of another candidate's. */
async function entryPoints() {
  const { candidate: victim, badgeId } = await candidateWithBadge();
  const other = await makeCandidate();
  await db.user.update({ where: { id: victim.id }, data: { status: "INACTIVE" } });
  const request = await db.nameChangeRequest.create({
    data: {
      userId: victim.id,
      currentFirstName: "Ada",
      currentLastName: "Lovelace",
      requestedFirstName: "Ada",
      requestedLastName: "King",
      reason: "Marriage",
    },
  });
  const exam = await db.exam.create({ data: { code: `ACC-${Date.now()}`, title: "Access" } });
  const orphan = await db.examResult.create({
    data: {
      userId: null,
      examId: exam.id,
      takenOn: new Date(),
      score: 800,
      passed: true,
      channel: "ONLINE",
      sourceEmail: "x@example.com",
    },
  });
  const reason = "Trying to reach support tools";
  const dal: Record<string, () => Promise<unknown>> = {
    searchCandidates: () => searchCandidates({ q: victim.email }),
    getCandidateCase: () => getCandidateCase(victim.id),
    resendBadgeEmail: () => resendBadgeEmail({ badgeId, mode: "fresh", reason }),
    reactivateAccount: () => reactivateAccount({ userId: victim.id, reason }),
    listPendingNameChanges: () => listPendingNameChanges({}),
    decideNameChange: () => decideNameChange({ requestId: request.id, decision: "approve", note: reason }),
    listUnmatchedResults: () => listUnmatchedResults({}),
    linkExamResult: () => linkExamResult({ examResultId: orphan.id, candidate: victim.email, reason }),
    previewMerge: () => previewMerge(victim.id, other.email),
    mergeCandidateAccounts: () =>
      mergeCandidateAccounts({ survivorId: victim.id, duplicate: other.email, reason, confirm: "yes" }),
    addStaffNote: () => addStaffNote({ candidateId: victim.id, body: "hello" }),
    listAuditEntries: () => listAuditEntries({}),
  };
  const actions: Record<string, () => Promise<unknown>> = {
    resendBadgeEmailAction: () => resendBadgeEmailAction(initialActionState, form({ badgeId, mode: "fresh", reason })),
    reactivateAccountAction: () => reactivateAccountAction(initialActionState, form({ userId: victim.id, reason })),
    decideNameChangeAction: () =>
      decideNameChangeAction(initialActionState, form({ requestId: request.id, decision: "approve", note: reason })),
    linkExamResultAction: () =>
      linkExamResultAction(initialActionState, form({ examResultId: orphan.id, candidate: victim.email, reason })),
    mergeAccountsAction: () =>
      mergeAccountsAction(
        initialActionState,
        form({ survivorId: victim.id, duplicate: other.email, reason, confirm: "yes" }),
      ),
    addStaffNoteAction: () => addStaffNoteAction(initialActionState, form({ candidateId: victim.id, body: "hello" })),
  };
  return { victim, other, badgeId, request, orphan, calls: { ...dal, ...actions } };
}

async function snapshot(ids: { victim: string; other: string; badgeId: string; request: string; orphan: string }) {
  return JSON.stringify(
    await Promise.all([
      db.user.findMany({ where: { id: { in: [ids.victim, ids.other] } }, orderBy: { id: "asc" } }),
      db.badgeClaimToken.count({ where: { badgeId: ids.badgeId } }),
      db.nameChangeRequest.findUnique({ where: { id: ids.request } }),
      db.examResult.findUnique({ where: { id: ids.orphan } }),
      db.staffNote.count(),
      db.auditLog.count(),
    ]),
  );
}

describe("support entry points refuse everyone but staff", () => {
  it("gives a candidate 403 and an anonymous caller 401 on every function and action, changing nothing", async () => {
    const { victim, other, badgeId, request, orphan, calls } = await entryPoints();
    const ids = { victim: victim.id, other: other.id, badgeId, request: request.id, orphan: orphan.id };
    const before = await snapshot(ids);
    const callers: [Viewer | null, 401 | 403][] = [
      [viewerOf(victim), 403],
      [viewerOf(other), 403],
      [null, 401],
    ];
    for (const [viewer, status] of callers) {
      for (const [name, call] of Object.entries(calls)) {
        await expectStatus(runAsViewer(viewer, call), status).catch((e: Error) => {
          throw new Error(`${name} as ${viewer?.role ?? "anonymous"}: ${e.message}`);
        });
      }
    }
    expect(await snapshot(ids)).toBe(before);
  });

  it("lets support and admins in", async () => {
    for (const role of ["SUPPORT", "ADMIN"] as const) {
      const staff = await makeStaff(role);
      const { victim } = await entryPoints();
      await expect(runAsViewer(viewerOf(staff), () => searchCandidates({ q: victim.email }))).resolves.toMatchObject({
        hits: [{ userId: victim.id }],
      });
      await expect(runAsViewer(viewerOf(staff), () => getCandidateCase(victim.id))).resolves.toMatchObject({
        id: victim.id,
      });
      await expect(
        runAsViewer(viewerOf(staff), () => listAuditEntries({ candidate: victim.id })),
      ).resolves.toMatchObject({ total: 1 });
    }
  });

  it("explains a missing reason in the form rather than acting", async () => {
    const staff = await makeStaff("SUPPORT");
    const { victim } = await entryPoints();
    const state = await runAsViewer(viewerOf(staff), () =>
      reactivateAccountAction(initialActionState, form({ userId: victim.id, reason: "" })),
    );
    expect(state.ok).toBe(false);
    expect(state.fieldErrors?.reason?.[0]).toMatch(/Say why/);
    expect((await db.user.findUniqueOrThrow({ where: { id: victim.id } })).status).toBe("INACTIVE");
  });
});
