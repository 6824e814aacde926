import "server-only";
import { postingListFields, postingListItem } from "@/lib/postings/fields";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { NotFoundError } from "@/lib/errors";
import { requireAdmin } from "@/lib/admin/guard";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readPostingsFile, validatePostingRows, type RowProblem } from "@/lib/postings/import-file";
import { applyPostingRows } from "@/lib/postings/apply-import";
import { closedPostingWhere, currentPostingWhere, isCurrentPosting } from "@/lib/postings/current";
import { postingListFilterSchema } from "@/lib/validation/posting";

export type PostingsImportReport =
  | { ok: false; error: string }
  | {
      ok: true;
      format: "csv" | "json";
      totalRows: number;
      created: number;
      updated: number;
      rejected: RowProblem[];
      createdSkills: string[];
    };

/**
 * Imports a postings file synchronously: postings are small, and one transaction means the good rows land
 * together or not at all. Bad rows are reported by number and skipped; a malformed file changes nothing.
 */
export async function importPostings(input: {
  filename: string;
  content: string | Uint8Array;
  createMissingSkills: boolean;
}): Promise<PostingsImportReport> {
  const viewer = await requireAdmin();
  const file = readPostingsFile(input.filename, input.content);
  if (!file.ok) return { ok: false, error: file.error };
  const { valid, rejected } = validatePostingRows(file.rows);

  const applied = await db.$transaction(
    async (tx) => {
      const result = await applyPostingRows(tx, valid, { createMissingSkills: input.createMissingSkills });
      await audit(tx, {
        actorId: viewer.userId,
        action: "postings.import",
        targetType: "JobPosting",
        detail: {
          filename: input.filename.slice(0, 200),
          rows: file.rows.length,
          created: result.created,
          updated: result.updated,
          rejected: rejected.length + result.rejected.length,
          createdSkills: result.createdSkills,
        },
      });
      return result;
    },
    // Thousands of rows are written one by one (each has its skills); the default 5 s would cut a large file short.
    { timeout: 120_000, maxWait: 10_000 },
  );

  return {
    ok: true,
    format: file.format,
    totalRows: file.rows.length,
    created: applied.created,
    updated: applied.updated,
    rejected: [...rejected, ...applied.rejected].sort((a, b) => a.rowNumber - b.rowNumber),
    createdSkills: applied.createdSkills,
  };
}

export const POSTINGS_PAGE_SIZE = 50;

export async function listPostings(params: Record<string, string | string[] | undefined>) {
  await requireAdmin();
  const filter = postingListFilterSchema.parse({
    status: first(params.status),
    q: first(params.q),
    page: first(params.page),
    closed: first(params.closed),
  });
  const now = new Date();
  const and: Prisma.JobPostingWhereInput[] = [];
  if (filter.status === "current") and.push(currentPostingWhere(now));
  if (filter.status === "closed") and.push(closedPostingWhere(now));
  if (filter.q) {
    const q = filter.q;
    and.push({
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { employer: { contains: q, mode: "insensitive" } },
        { location: { contains: q, mode: "insensitive" } },
        { externalId: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  const where: Prisma.JobPostingWhereInput = { AND: and };
  const [total, rows] = await Promise.all([
    db.jobPosting.count({ where }),
    db.jobPosting.findMany({
      where,
      orderBy: [{ postedOn: "desc" }, { id: "asc" }],
      skip: (filter.page - 1) * POSTINGS_PAGE_SIZE,
      take: POSTINGS_PAGE_SIZE,
      select: {
        ...postingListFields,
        externalId: true,
        certification: { select: { code: true } },
        skills: { select: { name: true }, orderBy: { name: "asc" } },
      },
    }),
  ]);
  const justClosed = filter.closed
    ? await db.jobPosting.findFirst({ where: { id: filter.closed, closesOn: { lte: now } }, select: { title: true } })
    : null;
  return {
    filter,
    justClosed: justClosed?.title ?? null,
    total,
    pageSize: POSTINGS_PAGE_SIZE,
    items: rows.map((p) => ({
      ...postingListItem(p),
      externalId: p.externalId,
      current: isCurrentPosting(p, now),
      certificationCode: p.certification?.code ?? null,
      skills: p.skills.map((s) => s.name),
    })),
  };
}

/** Closes a posting now (it leaves every candidate's Opportunities at once); closing a closed one changes nothing. */
export async function closePosting(postingId: string) {
  const viewer = await requireAdmin();
  return db.$transaction(async (tx) => {
    const now = new Date();
    const posting = await tx.jobPosting.findUnique({
      where: { id: postingId },
      select: { id: true, title: true, closesOn: true },
    });
    if (!posting) throw new NotFoundError("That posting");
    if (posting.closesOn && posting.closesOn <= now)
      return { id: posting.id, title: posting.title, alreadyClosed: true };
    await tx.jobPosting.update({ where: { id: posting.id }, data: { closesOn: now } });
    await audit(tx, {
      actorId: viewer.userId,
      action: "posting.close",
      targetType: "JobPosting",
      targetId: posting.id,
      detail: { previousClosesOn: posting.closesOn?.toISOString() ?? null },
    });
    return { id: posting.id, title: posting.title, alreadyClosed: false };
  });
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
