import type { ActionState } from "@/lib/forms/action-client";

/** Separate from safe-action so client components can import it without pulling in server code. */
export const initialActionState: ActionState = { ok: false };
