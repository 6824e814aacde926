"use server";

import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/admin/guard";
import { mergeSkills } from "@/lib/admin/catalogue/skills";
import { mergeSkillsSchema } from "@/lib/validation/catalogue";

export const mergeSkillsAction = adminAction({ schema: mergeSkillsSchema }, async (input) => {
  const { kept, removed, moved } = await mergeSkills(input);
  revalidatePath("/admin/skills");
  return {
    ok: true,
    message: `Merged “${removed}” into “${kept.name}”: ${moved.exams} exams, ${moved.certifications} certifications, ${moved.badgeTemplates} badge templates and ${moved.postings} postings now use “${kept.name}”.`,
  };
});
