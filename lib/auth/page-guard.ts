import "server-only";
import { redirect } from "next/navigation";
import { currentViewer, type Viewer } from "@/lib/session";
import type { Role } from "@/lib/generated/prisma/enums";

/** Where each role lands after sign-in. */
export function homeFor(role: Role) {
  return role === "ADMIN" ? "/admin" : role === "SUPPORT" ? "/support" : "/dashboard";
}

/**
 * Layout guard for an audience group: anonymous visitors go to sign-in, other roles to their own home. Comfort
 * only: every data access function checks the session and role again.
 */
export async function guardAudience(roles: Role[], from: string): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/sign-in?callbackUrl=${encodeURIComponent(from)}`);
  if (!roles.includes(viewer.role)) redirect(homeFor(viewer.role));
  return viewer;
}
