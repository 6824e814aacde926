"use server";

import { revalidatePath } from "next/cache";
import { candidateAction } from "@/lib/candidate/guard";
import { updateMyBadgeSettings } from "@/lib/candidate/badges/badges";
import { badgeSettingsSchema } from "@/lib/validation/badges";

export const updateBadgeSettingsAction = candidateAction({ schema: badgeSettingsSchema }, async (input) => {
  await updateMyBadgeSettings(input);
  revalidatePath("/settings");
  return { ok: true, message: "Settings saved." };
});
