"use server";

import { z } from "zod";
import { signIn } from "@/lib/auth";
import { publicSubmit } from "@/lib/public/guard";

/** The "Sign in with a Microsoft account" button: a form with no fields. */
export const signInWithEntra = publicSubmit({ schema: z.object({}) }, async () => {
  await signIn("microsoft-entra-id", { redirectTo: "/dashboard" });
});
