import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer } from "@/lib/session";
import { DomainError } from "@/lib/errors";
import { listCandidateBadgesForStaff } from "@/lib/support/candidates/badges";
import {
  decideMyBadge,
  getMyBadge,
  getMyBadgeSettings,
  listMyBadges,
  setMyBadgeVisibility,
  updateMyBadgeSettings,
} from "@/lib/candidate/badges/badges";
import { expectStatus } from "../support/http-errors";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { candidateWithBadge } from "./badges-fixtures";

const settings = { autoAcceptBadges: true, profilePublic: false, linkBadgesToProfile: false };

describe("badge data access: who may do what", () => {
  it("lets the earner list, read, accept, hide and configure", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    const me = viewerOf(candidate);
    expect((await runAsViewer(me, () => listMyBadges())).map((b) => b.id)).toEqual([badgeId]);
    const detail = await runAsViewer(me, () => getMyBadge(badgeId));
    expect(detail).toMatchObject({ id: badgeId, state: "PENDING", shareable: false, share: null });
    expect(JSON.stringify(detail)).not.toMatch(/recipientSalt|tokenHash/);

    await runAsViewer(me, () => decideMyBadge(badgeId, "accept"));
    expect(await db.badgeClaimToken.count({ where: { badgeId, revokedAt: null } })).toBe(0);
    await expect(runAsViewer(me, () => decideMyBadge(badgeId, "reject"))).rejects.toBeInstanceOf(DomainError);
    const accepted = await runAsViewer(me, () => getMyBadge(badgeId));
    expect(accepted.shareable).toBe(true);
    expect(accepted.share?.linkedInProfile).toContain("startTask=CERTIFICATION_NAME");

    await runAsViewer(me, () => setMyBadgeVisibility(badgeId, false));
    expect((await runAsViewer(me, () => getMyBadge(badgeId))).share).toBeNull();
    expect(await db.badgeEvent.count({ where: { badgeId, type: "VISIBILITY_CHANGED" } })).toBe(1);

    await runAsViewer(me, () => updateMyBadgeSettings(settings));
    expect(await runAsViewer(me, () => getMyBadgeSettings())).toMatchObject(settings);
  });

  it("answers 404 to another candidate and leaves the badge alone", async () => {
    const { badgeId } = await candidateWithBadge();
    const other = viewerOf(await makeCandidate());
    expect(await runAsViewer(other, () => listMyBadges())).toEqual([]);
    await expectStatus(
      runAsViewer(other, () => getMyBadge(badgeId)),
      404,
    );
    await expectStatus(
      runAsViewer(other, () => decideMyBadge(badgeId, "accept")),
      404,
    );
    await expectStatus(
      runAsViewer(other, () => setMyBadgeVisibility(badgeId, false)),
      404,
    );
    const badge = await db.badge.findUniqueOrThrow({ where: { id: badgeId } });
    expect(badge).toMatchObject({ state: "PENDING", public: true });
  });

  it("answers 401 to anonymous callers and 403 to staff on candidate functions", async () => {
    const { candidate, badgeId } = await candidateWithBadge();
    const calls: (() => Promise<unknown>)[] = [
      () => listMyBadges(),
      () => getMyBadge(badgeId),
      () => decideMyBadge(badgeId, "accept"),
      () => setMyBadgeVisibility(badgeId, false),
      () => getMyBadgeSettings(),
      () => updateMyBadgeSettings(settings),
    ];
    for (const call of calls) await expectStatus(runAsViewer(null, call), 401);
    for (const role of ["SUPPORT", "ADMIN"] as const) {
      const staff = viewerOf(await makeStaff(role));
      for (const call of calls) await expectStatus(runAsViewer(staff, call), 403);
    }
    // Staff have their own view of a candidate's badges; candidates do not.
    const support = viewerOf(await makeStaff("SUPPORT"));
    const seen = await runAsViewer(support, () => listCandidateBadgesForStaff(candidate.id));
    expect(seen.map((b) => b.id)).toEqual([badgeId]);
    expect(seen[0].events.map((e) => e.type)).toContain("ISSUED");
    await expectStatus(
      runAsViewer(viewerOf(candidate), () => listCandidateBadgesForStaff(candidate.id)),
      403,
    );
    await expectStatus(
      runAsViewer(null, () => listCandidateBadgesForStaff(candidate.id)),
      401,
    );
  });
});
