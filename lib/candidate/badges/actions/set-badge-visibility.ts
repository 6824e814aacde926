"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { setMyBadgeVisibility } from "@/lib/candidate/badges/badges";
import { badgeVisibilitySchema } from "@/lib/validation/badges";

export const setBadgeVisibilityAction = formAction({ roles: ["CANDIDATE"], schema: badgeVisibilitySchema }, async (input) => {
  await setMyBadgeVisibility(input.badgeId, input.public);
  revalidatePath(`/badges/mine/${input.badgeId}`);
  revalidatePath(`/badges/${input.badgeId}`);
  revalidatePath("/badges");
  return { ok: true, message: input.public ? "The badge is public: anyone with the link can verify it." : "The badge is private: only you can see it." };
});
