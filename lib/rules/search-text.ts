/** Lower-case and strip accents, so "José Müller" and "jose muller" find each other. */
export function foldForSearch(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The profile's searchText column: every name a person may be looked up by. */
export function profileSearchText(p: { legalFirstName: string; legalLastName: string; preferredName?: string | null }) {
  return foldForSearch([p.legalFirstName, p.legalLastName, p.preferredName ?? ""].join(" "));
}
