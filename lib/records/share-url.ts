import { env } from "@/lib/env";

export function shareUrl(shareId: string) {
  return new URL(`/shared-transcript/${shareId}`, env().APP_URL).toString();
}
