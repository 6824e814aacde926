import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runAsViewer, type Viewer } from "@/lib/session";
import { tokenMatches } from "@/lib/imports/partner-token";
import { POST } from "@/app/api/imports/exam-results/route";
import { GET } from "@/app/api/imports/exam-results/[id]/route";
import { makeCandidate, makeStaff, viewerOf } from "../support/factories";
import { drainJobs } from "../support/jobs";
import { csvOf, importCatalogue, row } from "./admin-fixtures";

// Read once, on first use of env(): set before any request is handled.
const TOKEN = "partner-token-for-tests-0123456789abcdef";
process.env.PARTNER_API_TOKEN = TOKEN;

const URL_ = "http://localhost:3000/api/imports/exam-results";

function post(viewer: Viewer | null, body: string, headers: Record<string, string> = {}) {
  return runAsViewer(viewer, () =>
    POST(new Request(URL_, { method: "POST", body, headers: { "content-type": "application/json", ...headers } })),
  );
}

describe("the partner import route", () => {
  it("accepts JSON rows with the partner token, and reports progress to the same token", async () => {
    const { exams } = await importCatalogue();
    const who = await makeCandidate();
    const rows = [
      {
        email: who.email,
        name: "Who",
        exam_code: exams.one.code,
        date: "2025-05-02",
        score: 812,
        pass: true,
        channel: "online",
        source_record_id: `api-${who.id}`,
      },
      {
        email: who.email,
        name: "Who",
        exam_code: exams.one.code,
        date: "yesterday",
        score: 812,
        pass: true,
        channel: "ONLINE",
        source_record_id: `api2-${who.id}`,
      },
    ];
    const response = await post(null, JSON.stringify({ filename: "partner.json", rows }), {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await drainJobs();
    expect(await db.examResult.findUniqueOrThrow({ where: { sourceRecordId: `api-${who.id}` } })).toMatchObject({
      userId: who.id,
      score: 812,
      passed: true,
      channel: "ONLINE",
    });
    expect(await db.earnedCertification.count({ where: { userId: who.id } })).toBe(1);

    const status = await runAsViewer(null, () =>
      GET(new Request(`${URL_}/${id}`, { headers: { authorization: `Bearer ${TOKEN}` } }), {
        params: Promise.resolve({ id }),
      }),
    );
    expect(await status.json()).toMatchObject({
      status: "COMPLETED",
      acceptedRows: 1,
      rejectedRows: 1,
      report: { rejected: [{ row: 2, reason: expect.stringMatching(/^date:/) }] },
    });
    expect(await db.auditLog.count({ where: { action: "import.exam_results.start", targetId: id } })).toBe(1);
  });

  it("accepts CSV from an admin session, from this site only", async () => {
    const admin = viewerOf(await makeStaff("ADMIN"));
    const { exams } = await importCatalogue();
    const csv = csvOf([row("someone.new@example.com", exams.anyA.code)]);
    const ok = await post(admin, csv, {
      "content-type": "text/csv",
      origin: "http://localhost:3000",
      host: "localhost:3000",
    });
    expect(ok.status).toBe(202);
    const crossSite = await post(admin, csv, {
      "content-type": "text/csv",
      origin: "https://evil.example",
      host: "localhost:3000",
    });
    expect(crossSite.status).toBe(403);
  });

  it("refuses missing or wrong credentials, and people who are not admins", async () => {
    const before = await db.importBatch.count();
    const body = JSON.stringify([{ email: "a@example.com" }]);
    expect((await post(null, body)).status).toBe(401);
    expect((await post(null, body, { authorization: "Bearer wrong-token-wrong-token-wrong-token-x" })).status).toBe(
      401,
    );
    expect((await post(null, body, { authorization: `Basic ${TOKEN}` })).status).toBe(401);
    expect((await post(viewerOf(await makeCandidate()), body)).status).toBe(403);
    expect((await post(viewerOf(await makeStaff("SUPPORT")), body)).status).toBe(403);
    const status = await runAsViewer(viewerOf(await makeStaff("SUPPORT")), () =>
      GET(new Request(`${URL_}/x`), { params: Promise.resolve({ id: "x" }) }),
    );
    expect(status.status).toBe(403);
    expect(await db.importBatch.count()).toBe(before);
  });

  it("refuses a malformed body as a whole with 422", async () => {
    const before = await db.importBatch.count();
    const auth = { authorization: `Bearer ${TOKEN}` };
    for (const body of ["", "{not json", JSON.stringify({ rows: [] }), JSON.stringify({ something: "else" })]) {
      const response = await post(null, body, auth);
      expect(response.status, body).toBe(422);
      expect(((await response.json()) as { error: string }).error.length).toBeGreaterThan(5);
    }
    expect(await db.importBatch.count()).toBe(before);
  });

  it("compares tokens whatever their length, and matches nothing when none is configured", () => {
    expect(tokenMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(tokenMatches(`bearer   ${TOKEN}`, TOKEN)).toBe(true);
    expect(tokenMatches(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(tokenMatches("Bearer x", TOKEN)).toBe(false);
    expect(tokenMatches(`Bearer ${TOKEN}`, undefined)).toBe(false);
    expect(tokenMatches(null, TOKEN)).toBe(false);
  });
});
