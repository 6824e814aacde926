/** Share targets for a public badge. Pure, so the LinkedIn parameters are unit-tested. */
export type ShareInput = {
  badgeName: string;
  issuerName: string;
  verificationUrl: string;
  badgeId: string;
  issuedOn: Date;
  expiresOn: Date | null;
};

/**
 * LinkedIn's "Add licence or certification" form, pre-filled
 * (https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&...). Months are 1-12; dates in UTC.
 */
export function linkedInAddToProfileUrl(p: ShareInput): string {
  const params = new URLSearchParams({
    startTask: "CERTIFICATION_NAME",
    name: p.badgeName,
    organizationName: p.issuerName,
    issueYear: String(p.issuedOn.getUTCFullYear()),
    issueMonth: String(p.issuedOn.getUTCMonth() + 1),
  });
  if (p.expiresOn) {
    params.set("expirationYear", String(p.expiresOn.getUTCFullYear()));
    params.set("expirationMonth", String(p.expiresOn.getUTCMonth() + 1));
  }
  params.set("certUrl", p.verificationUrl);
  params.set("certId", p.badgeId);
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}

export function shareLinks(p: ShareInput) {
  const text = `I earned the ${p.badgeName} badge from ${p.issuerName}.`;
  const url = encodeURIComponent(p.verificationUrl);
  return {
    linkedInProfile: linkedInAddToProfileUrl(p),
    linkedInPost: `https://www.linkedin.com/sharing/share-offsite/?url=${url}`,
    x: `https://twitter.com/intent/tweet?text=${encodeURIComponent(text)}&url=${url}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    email: `mailto:?subject=${encodeURIComponent(`My ${p.badgeName} badge`)}&body=${encodeURIComponent(`${text}\n\nVerify it here: ${p.verificationUrl}`)}`,
  };
}

/** HTML to paste into a site or email signature: the image, linked to the verification page. */
export function embedSnippet(p: { badgeName: string; verificationUrl: string; imageUrl: string }) {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<a href="${esc(p.verificationUrl)}" title="Verify the ${esc(p.badgeName)} badge"><img src="${esc(p.imageUrl)}" alt="${esc(p.badgeName)} badge" width="150" height="150"></a>`;
}
