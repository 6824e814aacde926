"use server";

import { z } from "zod";
import { signOut } from "@/lib/auth";
import { publicSubmit } from "@/lib/public/guard";

/** The header's sign-out button: a form with no fields; signing out needs no role, and no session is no error. */
export const signOutAction = publicSubmit({ schema: z.object({}) }, async () => {
  await signOut({ redirectTo: "/" });
});
