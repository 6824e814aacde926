"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { candidateAction } from "@/lib/candidate/guard";
import { decideClaim } from "@/lib/public/badges/claim";
import { DomainError } from "@/lib/errors";
import { claimDecisionSchema } from "@/lib/validation/badges";
import { clientAddress } from "@/lib/security/client-address";

/** Accept or reject through the emailed link. Rejection is final, so it needs the explicit confirmation. */
export const decideClaimAction = candidateAction({ schema: claimDecisionSchema }, async (input) => {
  if (input.decision === "reject" && !input.confirm) {
    throw new DomainError("Confirm that you want to reject this badge: this cannot be undone.", {
      confirm: ["Tick the box to confirm."],
    });
  }
  const { badgeId } = await decideClaim(input.token, input.decision, { clientIp: clientAddress(await headers()) });
  revalidatePath("/badges");
  redirect(input.decision === "accept" ? `/badges/mine/${badgeId}?accepted=1` : "/badges?rejected=1");
});
