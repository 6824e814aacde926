type Person = {
  email: string;
  name?: string | null;
  profile?: { preferredName?: string | null; legalFirstName?: string | null; legalLastName?: string | null } | null;
};

/** The name a person goes by, for greetings. */
export function greetingName(p: Person) {
  return p.profile?.preferredName || p.profile?.legalFirstName || p.name || "there";
}

/** The earner's full name as printed on badges and their verification page. */
export function earnerName(p: Person) {
  const legal = [p.profile?.legalFirstName, p.profile?.legalLastName].filter(Boolean).join(" ");
  return legal || p.name || "Badge earner";
}
