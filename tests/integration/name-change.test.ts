import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { listMyNameChangeRequests, requestNameChange } from "@/lib/candidate/profile/name-change";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";

const input = { requestedFirstName: "Ada", requestedLastName: "Lovelace", reason: "Marriage in 1835, ID updated" };

describe("legal name change requests", () => {
  it("record the current and requested names, one pending at a time, and show support's decision", async () => {
    const me = await makeCandidate({ legalFirstName: "Ada", legalLastName: "Byron" });
    await runAsViewer(viewerOf(me), () => requestNameChange(input));
    await expect(
      runAsViewer(viewerOf(me), () => requestNameChange({ ...input, requestedLastName: "King" })),
    ).rejects.toThrow(/already have a name change request/);
    const [pending] = await runAsViewer(viewerOf(me), listMyNameChangeRequests);
    expect(pending).toMatchObject({
      currentFirstName: "Ada",
      currentLastName: "Byron",
      requestedLastName: "Lovelace",
      status: "PENDING",
    });
    // The profile itself is untouched until support approves.
    expect((await db.candidateProfile.findUniqueOrThrow({ where: { userId: me.id } })).legalLastName).toBe("Byron");

    const support = await makeStaff("SUPPORT");
    await db.nameChangeRequest.update({
      where: { id: pending.id },
      data: {
        status: "REJECTED",
        decidedById: support.id,
        decidedAt: new Date(),
        decisionNote: "Please upload your marriage certificate.",
      },
    });
    const [decided] = await runAsViewer(viewerOf(me), listMyNameChangeRequests);
    expect(decided).toMatchObject({ status: "REJECTED", decisionNote: "Please upload your marriage certificate." });
    expect(decided).not.toHaveProperty("decidedById");
    await runAsViewer(viewerOf(me), () => requestNameChange(input));
    expect(await db.nameChangeRequest.count({ where: { userId: me.id } })).toBe(2);
  });

  it("refuses asking for the name the profile already has", async () => {
    const me = await makeCandidate({ legalFirstName: "Ada", legalLastName: "Lovelace" });
    await expect(runAsViewer(viewerOf(me), () => requestNameChange(input))).rejects.toThrow(/already your legal name/);
  });

  it("lists only the candidate's own requests, and only for candidates", async () => {
    const me = await makeCandidate({ legalFirstName: "A", legalLastName: "B" });
    const other = await makeCandidate({ legalFirstName: "C", legalLastName: "D" });
    await runAsViewer(viewerOf(other), () => requestNameChange(input));
    expect(await runAsViewer(viewerOf(me), listMyNameChangeRequests)).toEqual([]);
    await expectStatus(runAsViewer(null, listMyNameChangeRequests), 401);
    await expectStatus(
      runAsViewer(viewerOf(await makeStaff("SUPPORT")), () => requestNameChange(input)),
      403,
    );
  });

  it("two simultaneous submissions leave exactly one pending request", async () => {
    const me = await makeCandidate({ legalFirstName: "X", legalLastName: "Y" });
    await Promise.allSettled([
      runAsViewer(viewerOf(me), () => requestNameChange(input)),
      runAsViewer(viewerOf(me), () => requestNameChange(input)),
    ]);
    expect(await db.nameChangeRequest.count({ where: { userId: me.id, status: "PENDING" } })).toBe(1);
  });
});
