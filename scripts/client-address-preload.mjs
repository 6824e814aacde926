// Loaded before Next.js's server starts (scripts/serve.ts imports it; `npm run dev` passes it to Node with
// --import): every request then carries the client address the app may trust (lib/security/client-address-hook.mjs).
import { installClientAddressHook, trustedProxyHops } from "../lib/security/client-address-hook.mjs";

const hops = trustedProxyHops.safeParse(process.env.TRUSTED_PROXY_HOPS || undefined);
if (!hops.success) {
  console.error(`Invalid environment:\n  TRUSTED_PROXY_HOPS: ${hops.error.issues[0]?.message}`);
  process.exit(1);
}
installClientAddressHook(hops.data);
