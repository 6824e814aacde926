"use server";

import { revalidatePath } from "next/cache";
import { candidateAction } from "@/lib/candidate/guard";
import { decideMyBadge } from "@/lib/candidate/badges/badges";
import { DomainError } from "@/lib/errors";
import { badgeDecisionSchema } from "@/lib/validation/badges";

/** Accept or reject a pending badge from the badge list, without the email. */
export const decideBadgeAction = candidateAction({ schema: badgeDecisionSchema }, async (input) => {
  if (input.decision === "reject" && !input.confirm) {
    throw new DomainError("Confirm that you want to reject this badge: this cannot be undone.", {
      confirm: ["Tick the box to confirm."],
    });
  }
  await decideMyBadge(input.badgeId, input.decision);
  revalidatePath("/badges");
  revalidatePath(`/badges/mine/${input.badgeId}`);
  return {
    ok: true,
    message: input.decision === "accept" ? "Badge accepted. You can now share it." : "Badge rejected.",
  };
});
