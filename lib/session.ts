import { AsyncLocalStorage } from "node:async_hooks";
import { forbidden, unauthorized } from "next/navigation";
import { cache } from "react";
import { auth } from "@/lib/auth";
import { viewerFromSessionCookie } from "@/lib/auth/session-cookie";
import type { Viewer } from "@/lib/auth/viewer";
import type { Role } from "@/lib/generated/prisma/enums";

// The type lives beside the session cookie reader, which returns it, so that neither module imports the other.
export type { Viewer };

const explicitViewer = new AsyncLocalStorage<Viewer | null>();

/**
 * Runs `fn` as `viewer` (null: anonymous) instead of the request's session. For the worker, scripts and tests,
 * which have no request; nothing reachable from a browser calls it.
 */
export function runAsViewer<T>(viewer: Viewer | null, fn: () => Promise<T>): Promise<T> {
  return explicitViewer.run(viewer, fn);
}

// A page asks several times (its layout's guard, the header, each DAL call); React's cache makes that one session
// lookup per server request. Nothing in a request changes who is signed in and then asks again: signing out
// redirects at once.
const sessionViewer = cache(async (): Promise<Viewer | null> => {
  const read = await viewerFromSessionCookie();
  if (read !== undefined) return read;
  const session = await auth();
  if (!session?.user?.id) return null;
  return { userId: session.user.id, role: session.user.role, email: session.user.email, name: session.user.name };
});

export async function currentViewer(): Promise<Viewer | null> {
  const explicit = explicitViewer.getStore();
  if (explicit !== undefined) return explicit;
  return sessionViewer();
}

/** The signed-in viewer, or a 401 (Next's unauthorized()). */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) unauthorized();
  return viewer;
}

/** The signed-in viewer if their role is one of `roles`; otherwise 401 or 403. */
export async function requireRole(...roles: Role[]): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!roles.includes(viewer.role)) forbidden();
  return viewer;
}
