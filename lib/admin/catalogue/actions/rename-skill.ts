"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { renameSkill } from "@/lib/admin/catalogue/skills";
import { renameSkillSchema } from "@/lib/validation/catalogue";

export const renameSkillAction = adminAction({ schema: renameSkillSchema }, async (input) => {
  const skill = await renameSkill(input);
  revalidatePath("/admin/skills");
  return { ok: true, message: `Renamed to “${skill.name}”.` };
});
