import { describe, expect, it } from "vitest";
import { runAsViewer } from "@/lib/session";
import { getMyDashboard } from "@/lib/candidate/dashboard/dashboard";
import { getStaffOverview } from "@/lib/support/overview/overview";
import { getAdminOverview } from "@/lib/admin/overview/overview";
import { listDevMail } from "@/lib/public/dev-mailbox/mailbox";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { expectStatus } from "../support/http-errors";

describe("the data access layer checks who is asking", () => {
  it("gives a candidate their own home and nothing of staff", async () => {
    const me = await makeCandidate({ legalFirstName: "Ada", legalLastName: "Byron", preferredName: "Ada" });
    const home = await runAsViewer(viewerOf(me), () => getMyDashboard());
    expect(home).toMatchObject({ email: me.email, mcid: me.profile!.mcid, displayName: "Ada" });
    await expectStatus(runAsViewer(viewerOf(me), getStaffOverview), 403);
    await expectStatus(runAsViewer(viewerOf(me), getAdminOverview), 403);
  });

  it("answers 401 to anonymous callers", async () => {
    await expectStatus(
      runAsViewer(null, () => getMyDashboard()),
      401,
    );
    await expectStatus(runAsViewer(null, getStaffOverview), 401);
    await expectStatus(runAsViewer(null, getAdminOverview), 401);
  });

  it("lets support read the overview but not admin data", async () => {
    const support = await makeStaff("SUPPORT");
    await expect(runAsViewer(viewerOf(support), getStaffOverview)).resolves.toHaveProperty("candidates");
    await expectStatus(runAsViewer(viewerOf(support), getAdminOverview), 403);
    await expectStatus(
      runAsViewer(viewerOf(support), () => getMyDashboard()),
      403,
    );
  });

  it("lets admins read both overviews", async () => {
    const admin = await makeStaff("ADMIN");
    await expect(runAsViewer(viewerOf(admin), getAdminOverview)).resolves.toHaveProperty("exams");
    await expect(runAsViewer(viewerOf(admin), getStaffOverview)).resolves.toHaveProperty("candidates");
  });

  it("hides the development mailbox when a real mail server is configured", async () => {
    // The test environment has SMTP_URL and DEV_MAILBOX=false, as production does.
    await expectStatus(
      runAsViewer(null, () => listDevMail({})),
      404,
    );
  });
});
