import "server-only";
import { formActionClient, submitActionClient } from "@/lib/forms/action-client";
import { currentViewer, requireViewer } from "@/lib/session";

/**
 * The public entry layer: pages and actions anyone may use (verification, public profiles, shared transcripts,
 * certificate checks, sign-in, claim links, the development mailbox). No session is needed, so its actions look
 * none up; input is still parsed with zod, and a secret from a link (a claim token, a share's access code) is what
 * grants anything. A public page that shows more to a signed-in visitor asks for the viewer here.
 */
const anyone = async () => null;

export const publicAction = formActionClient(anyone);
export const publicSubmit = submitActionClient(anyone);

/** The signed-in visitor if there is one (a private badge is shown to its owner); never refuses. */
export const viewerIfAny = currentViewer;

/** A step of a public flow that needs someone signed in, whatever their role (accepting a claimed badge). */
export const requireSignedIn = requireViewer;
