"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/forms/action-client";
import { updateMyBadgeSettings } from "@/lib/candidate/badges/badges";
import { badgeSettingsSchema } from "@/lib/validation/badges";

export const updateBadgeSettingsAction = formAction({ roles: ["CANDIDATE"], schema: badgeSettingsSchema }, async (input) => {
  await updateMyBadgeSettings(input);
  revalidatePath("/settings");
  return { ok: true, message: "Settings saved." };
});
