import { verificationCsp } from "@/lib/badges/documents/verification-style";

/*
 * The routes that answer with their own Content-Security-Policy, stricter than the page policy because what they
 * serve is not our React app: images, and HTML written by someone else (mail). The proxy sends the same policy for
 * their paths instead of the page one (it would otherwise win: Next keeps a header the proxy set and drops the
 * route's), so the route's policy also covers an error page Next renders on that path. Each keeps
 * `frame-ancestors 'none'` from the page policy it replaces.
 */

/** An image opened on its own (an uploaded or baked SVG, or a PNG): nothing runs, nothing loads but inline data. */
export const imagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

/**
 * A delivered message's own HTML in the development mailbox. Sandboxed (a unique origin, no scripts, no forms);
 * its links may open in a new tab, as a mail client's would.
 */
export const mailboxMessagePolicy =
  "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-ancestors 'none'";

/** An email template rendered with sample data for admins: sandboxed, and nothing in it may even open a window. */
export const emailPreviewPolicy =
  "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data: https:; frame-ancestors 'none'";

/**
 * Every route that sets its own policy: the file, the paths it serves, and the policy. A unit test checks this list
 * against the route files, and a browser test requests each one.
 */
export const routesWithOwnPolicy = [
  { route: "app/(public)/badges/[id]/route.ts", path: /^\/badges\/[^/]+$/, policy: verificationCsp },
  { route: "app/api/ob/images/[templateId]/route.ts", path: /^\/api\/ob\/images\/[^/]+$/, policy: imagePolicy },
  {
    route: "app/api/ob/assertions/[id]/badge.svg/route.ts",
    path: /^\/api\/ob\/assertions\/[^/]+\/badge\.svg$/,
    policy: imagePolicy,
  },
  {
    route: "app/api/ob/assertions/[id]/badge.png/route.ts",
    path: /^\/api\/ob\/assertions\/[^/]+\/badge\.png$/,
    policy: imagePolicy,
  },
  { route: "app/dev/mailbox/[id]/html/route.ts", path: /^\/dev\/mailbox\/[^/]+\/html$/, policy: mailboxMessagePolicy },
  {
    route: "app/(admin)/admin/outbox/previews/[key]/route.ts",
    path: /^\/admin\/outbox\/previews\/[^/]+$/,
    policy: emailPreviewPolicy,
  },
] as const;

/** The policy a route sets for itself on this path, if any. */
export function ownPolicyFor(pathname: string): string | undefined {
  return routesWithOwnPolicy.find((r) => r.path.test(pathname))?.policy;
}
