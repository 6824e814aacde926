"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/support/guard";
import { resendBadgeEmail } from "@/lib/support/candidates/badge-email";
import { resendBadgeEmailSchema } from "@/lib/validation/support";

export const resendBadgeEmailAction = staffAction({ schema: resendBadgeEmailSchema }, async (input) => {
  const done = await resendBadgeEmail(input);
  revalidatePath("/support/candidates/[id]", "page");
  return {
    ok: true,
    message:
      done.mode === "fresh"
        ? `A fresh claim link is on its way to ${done.to}; earlier links no longer work.`
        : `The badge email is on its way to ${done.to}.`,
  };
});
