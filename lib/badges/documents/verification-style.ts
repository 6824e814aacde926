import { createHash } from "node:crypto";

/**
 * The verification page's whole stylesheet, inline so the page is one response, and allowed by its hash in the
 * page's Content-Security-Policy. The colours are the app's (Tailwind's slate, green, amber and red, and the brand
 * blues from globals.css); every text colour meets WCAG AA on its background.
 */
export const verificationCss = `
*,::before,::after{box-sizing:border-box}
body{margin:0;min-height:100vh;display:flex;flex-direction:column;background:#f8fafc;color:#0f172a;font:16px/1.5 ui-sans-serif,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;-webkit-font-smoothing:antialiased}
a{color:#1e40af}
:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.skip{position:absolute;left:-9999px}
.skip:focus{left:1rem;top:1rem;z-index:10;background:#fff;padding:.5rem 1rem;border-radius:.25rem}
header{border-bottom:1px solid #e2e8f0;background:#fff}
.bar{max-width:72rem;margin:0 auto;padding:.75rem 1rem;display:flex;align-items:center;gap:1.5rem}
.logo{display:flex;align-items:center;gap:.5rem;font-size:1.125rem;font-weight:600;color:#1e40af;text-decoration:none}
.logo span{display:inline-block;width:1.5rem;height:1.5rem;border-radius:.375rem;background:#1d4ed8}
.signin{margin-left:auto;font-size:.875rem;font-weight:500;color:#fff;background:#1d4ed8;padding:.375rem .75rem;border-radius:.375rem;text-decoration:none}
.signin:hover{background:#1e40af}
main{flex:1;width:100%;max-width:72rem;margin:0 auto;padding:2rem 1rem}
.status{border:1px solid;border-radius:.375rem;padding:1rem;margin-bottom:1.5rem}
.status p{margin:0}.status p+p{margin-top:.25rem}
.valid{border-color:#86efac;background:#f0fdf4;color:#14532d}
.expired{border-color:#fcd34d;background:#fffbeb;color:#78350f}
.revoked{border-color:#fca5a5;background:#fef2f2;color:#7f1d1d}
.pill{display:inline-block;border-radius:9999px;padding:.125rem .625rem;margin-right:.5rem;font-size:.75rem;font-weight:700;text-transform:uppercase;letter-spacing:.05em;background:#fff}
.badge{display:grid;gap:1.5rem}
.badge img{display:block;width:100%;max-width:260px;height:auto;margin:0 auto}
h1{margin:0 0 1rem;font-size:1.5rem;line-height:1.25;font-weight:700;letter-spacing:-.025em}
h2{margin:0 0 .5rem;font-size:1rem;font-weight:600}
.earner{font-size:1.125rem;margin:0 0 1rem}
.facts{display:grid;gap:.5rem 1.5rem;margin:1rem 0;font-size:.875rem}
.facts dt{font-weight:600}.facts dd{margin:0}
section{margin-top:1.25rem;font-size:.875rem}
.skills{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;margin:0;padding:0}
.skills li{border-radius:9999px;background:#eff6ff;color:#172554;padding:.25rem .75rem}
.muted{color:#334155}
.card{max-width:36rem;margin:0 auto;background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;padding:1.5rem}
footer{border-top:1px solid #e2e8f0;padding:1.5rem 1rem;text-align:center;font-size:.875rem;color:#475569}
@media (min-width:640px){.facts{grid-template-columns:max-content 1fr}}
@media (min-width:768px){.badge{grid-template-columns:260px 1fr}}
`;

export const verificationCssHash = `'sha256-${createHash("sha256").update(verificationCss).digest("base64")}'`;

/** No scripts at all; only this stylesheet, our own images, and links. */
export const verificationCsp = [
  "default-src 'none'",
  `style-src ${verificationCssHash}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");
