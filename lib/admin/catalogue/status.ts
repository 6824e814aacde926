import "server-only";
import { notFound } from "next/navigation";
import { db, type Tx } from "@/lib/db";
import { audit } from "@/lib/audit";
import { requireAdmin } from "@/lib/admin/guard";

/** Retires (a date) or restores (null) an exam or a certification, with what else must change in the same transaction. */
export async function setStatus(
  kind: "exam" | "certification",
  id: string,
  retiredOn: Date | null,
  afterChange?: (tx: Tx) => Promise<unknown>,
) {
  const viewer = await requireAdmin();
  return db.$transaction(async (tx) => {
    const data = { status: retiredOn ? ("RETIRED" as const) : ("ACTIVE" as const), retiredOn };
    const where = { id };
    const row =
      kind === "exam"
        ? await tx.exam.update({ where, data, select: { id: true, code: true } }).catch(() => null)
        : await tx.certification.update({ where, data, select: { id: true, code: true } }).catch(() => null);
    if (!row) notFound();
    await afterChange?.(tx);
    await audit(tx, {
      actorId: viewer.userId,
      action: `${kind}.${retiredOn ? "retire" : "restore"}`,
      targetType: kind === "exam" ? "Exam" : "Certification",
      targetId: id,
      detail: { code: row.code, retiredOn: retiredOn?.toISOString().slice(0, 10) ?? null },
    });
    return row;
  });
}
