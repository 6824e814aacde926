import "server-only";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { staffNoteSchema } from "@/lib/validation/support";
import { candidateOr404 } from "@/lib/accounts/candidate-or-404";
import { requireStaff } from "@/lib/support/guard";

/** A note on a candidate for the next person who picks up their case; never shown to the candidate. */
export async function addStaffNote(input: unknown) {
  const viewer = await requireStaff();
  const { candidateId, body } = staffNoteSchema.parse(input);
  return db.$transaction(async (tx) => {
    await candidateOr404(tx, candidateId);
    const note = await tx.staffNote.create({
      data: { candidateId, authorId: viewer.userId, body },
      select: { id: true, createdAt: true },
    });
    await audit(tx, {
      actorId: viewer.userId,
      action: "note.add",
      targetType: "StaffNote",
      targetId: note.id,
      candidateId,
      detail: { length: body.length },
    });
    return note;
  });
}
