/** Which profile fields a complete profile has; the dashboard points at the missing ones. */
export function missingProfileFields(p: {
  phone: string | null;
  addressLine1: string | null;
  city: string | null;
  postalCode: string | null;
  country: string | null;
}) {
  const labels: [keyof typeof p, string][] = [
    ["phone", "phone number"],
    ["addressLine1", "address"],
    ["city", "city"],
    ["postalCode", "postal code"],
    ["country", "country"],
  ];
  return labels.filter(([k]) => !p[k]).map(([, label]) => label);
}
