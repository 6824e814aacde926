"use server";

import { signIn } from "@/lib/auth";

export async function signInWithEntra() {
  await signIn("microsoft-entra-id", { redirectTo: "/dashboard" });
}
