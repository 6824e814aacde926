"use server";

import { revalidatePath } from "next/cache";
import { candidateAction } from "@/lib/candidate/guard";
import { setMyBadgeVisibility } from "@/lib/candidate/badges/badges";
import { badgeVisibilitySchema } from "@/lib/validation/badges";

export const setBadgeVisibilityAction = candidateAction({ schema: badgeVisibilitySchema }, async (input) => {
  await setMyBadgeVisibility(input.badgeId, input.public);
  revalidatePath(`/badges/mine/${input.badgeId}`);
  revalidatePath(`/badges/${input.badgeId}`);
  revalidatePath("/badges");
  return {
    ok: true,
    message: input.public
      ? "The badge is public: anyone with the link can verify it."
      : "The badge is private: only you can see it.",
  };
});
