import { html, SafeHtml } from "@/lib/html";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Verification } from "@/lib/public/badges/verification";
import { verificationCss } from "@/lib/badges/documents/verification-style";

/**
 * The public verification page as one self-contained HTML document. It is what a badge link on LinkedIn or in an
 * email signature opens, read by people and by link-preview crawlers: it needs no script, looks the same to every
 * visitor, and so is rendered straight from the cached snapshot instead of through React (see the route).
 */
export function verificationPage(v: Verification | null): { status: number; body: string } {
  if (!v) {
    return {
      status: 404,
      body: documentOf({
        title: "Badge not found · certdash",
        head: noIndex,
        body: card(
          "Badge not found",
          "There is no public badge at this address. Check the link, or ask the earner for a new one.",
        ),
      }),
    };
  }
  if (v.kind === "private") {
    return {
      status: 200,
      body: documentOf({
        title: "Private badge · certdash",
        head: noIndex,
        body: card("This badge is private", "The badge exists, but its earner has chosen not to show it publicly."),
      }),
    };
  }
  const title = `${v.name}: earned by ${v.earner}`;
  const description = `${v.issuer} verified badge. ${v.description}`;
  const head = html`<meta name="description" content="${description}">
<link rel="canonical" href="${v.verificationUrl}">
<meta property="og:title" content="${title}"><meta property="og:description" content="${description}">
<meta property="og:url" content="${v.verificationUrl}"><meta property="og:type" content="website"><meta property="og:site_name" content="${v.issuer}">
<meta property="og:image" content="${v.absoluteImageUrl}"><meta property="og:image:width" content="600"><meta property="og:image:height" content="600"><meta property="og:image:alt" content="${v.name} badge">
<meta name="twitter:card" content="summary"><meta name="twitter:title" content="${title}"><meta name="twitter:description" content="${description}"><meta name="twitter:image" content="${v.absoluteImageUrl}">`;
  return { status: 200, body: documentOf({ title: `${title} · certdash`, head, body: details(v) }) };
}

const statusText = {
  valid: "This badge is valid.",
  expired: "This badge has expired.",
  revoked: "This badge was revoked by its issuer.",
};
const statusLabel = { valid: "Valid", expired: "Expired", revoked: "Revoked" };

function details(v: Extract<Verification, { kind: "visible" }>) {
  const earner = v.profileUrl
    ? html`<a href="${v.profileUrl}"><strong>${v.earner}</strong></a>`
    : html`<strong>${v.earner}</strong>`;
  return html`<div class="status ${v.status}" role="status">
<p><strong><span class="pill">${statusLabel[v.status]}</span>${statusText[v.status]}</strong></p>
${v.status === "revoked" && v.revocationReason ? html`<p>Reason: ${v.revocationReason}</p>` : ""}
${v.status === "expired" && v.expiresOn ? html`<p>It expired on ${formatDate(v.expiresOn)}.</p>` : ""}
</div>
<div class="badge">
<img src="${v.imageUrl}" alt="${v.name} badge" width="260" height="260">
<div>
<h1>${v.name}</h1>
<p class="earner">Earned by ${earner}</p>
<p>${v.description}</p>
<dl class="facts">
<dt>Issuer</dt><dd>${v.issuer}</dd>
<dt>Issued on</dt><dd>${formatDate(v.issuedOn)}</dd>
<dt>Expires on</dt><dd>${v.expiresOn ? formatDate(v.expiresOn) : "Does not expire"}</dd>
<dt>Criteria</dt><dd>${v.criteria}</dd>
<dt>Evidence</dt><dd>${v.evidence}</dd>
</dl>
${v.skills.length > 0 ? html`<section aria-labelledby="skills-heading"><h2 id="skills-heading">Skills</h2><ul class="skills">${v.skills.map((s) => html`<li>${s.name}</li>`)}</ul></section>` : ""}
${v.renewals.length > 0 ? html`<section aria-labelledby="renewals-heading"><h2 id="renewals-heading">Renewals</h2><ul>${v.renewals.map((r) => html`<li>Renewed ${formatDateTime(r.at)}${r.newExpiresOn ? `: valid until ${formatDate(r.newExpiresOn)}` : ""}${r.previousExpiresOn ? ` (was ${formatDate(r.previousExpiresOn)})` : ""}</li>`)}</ul></section>` : ""}
<section aria-labelledby="verify-heading"><h2 id="verify-heading">Verify it yourself</h2>
<p class="muted">Open Badges data: <a href="${v.assertionUrl}">2.0 assertion</a> · <a href="${v.credentialUrl}">3.0 signed credential</a> · <a href="/.well-known/did.json">issuer keys</a></p>
<p class="muted">Is this your badge? <a href="/badges/mine/${v.id}">Sign in to share it or change who can see it</a>.</p>
</section>
</div>
</div>`;
}

const noIndex = html`<meta name="robots" content="noindex">`;

const card = (heading: string, text: string) =>
  html`<div class="card"><h1>${heading}</h1><p class="muted">${text}</p></div>`;

function documentOf(page: { title: string; head: SafeHtml; body: SafeHtml }) {
  return html`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
${page.head}
<style>${new SafeHtml(verificationCss)}</style>
</head><body>
<a class="skip" href="#main">Skip to content</a>
<header><div class="bar"><a class="logo" href="/"><span aria-hidden="true"></span>certdash</a><a class="signin" href="/sign-in">Sign in</a></div></header>
<main id="main">
${page.body}
</main>
<footer>certdash · verifiable certifications and digital badges</footer>
</body></html>
`.value;
}
