import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedIfEmpty } from "@/prisma/seed";
import { runAsViewer } from "@/lib/session";
import { searchCandidates } from "@/lib/support/search/search";
import { mergeCandidateAccounts } from "@/lib/support/candidates/merge";
import { getCandidateCase } from "@/lib/support/candidates/case";
import { viewerOf } from "../support/factories";

describe("the demo's duplicate-account case", () => {
  it("is found by one accent-insensitive search and resolved by one merge", async () => {
    await seedIfEmpty(db);
    const support = await db.user.findUniqueOrThrow({ where: { email: "support@certdash.example" } });
    const asSupport = <T>(fn: () => Promise<T>) => runAsViewer(viewerOf(support), fn);

    const found = await asSupport(() => searchCandidates({ q: "mateo garcia" }));
    expect(found.hits.map((h) => h.email).sort()).toEqual(["m.garcia@work.example", "mateo.garcia@example.com"]);
    const main = found.hits.find((h) => h.email === "mateo.garcia@example.com")!;
    const dup = found.hits.find((h) => h.email === "m.garcia@work.example")!;

    await asSupport(() =>
      mergeCandidateAccounts({
        survivorId: main.userId,
        duplicate: dup.mcid!,
        reason: "Same person: Certiport account under a work address",
        confirm: "yes",
      }),
    );
    const view = await asSupport(() => getCandidateCase(main.userId));
    expect(view.examResults.map((r) => r.examCode).sort()).toEqual(["AI-900", "AZ-900"]);
    expect(view.certifications).toHaveLength(2);
    expect(view.badges).toHaveLength(2);
    expect(view.nameChangeRequests).toMatchObject([{ status: "PENDING" }]);
    expect((await asSupport(() => searchCandidates({ q: dup.mcid! }))).hits).toMatchObject([
      { userId: main.userId, matchedBy: "MCID alias" },
    ]);
  });
});
