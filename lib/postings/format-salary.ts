/** Money as people read it: "£45,000", "¥6,500,000"; whole units, since postings never quote pence. */
export function formatMoney(amount: number, currency: string) {
  return new Intl.NumberFormat("en-GB", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
}

export function formatSalaryRange(min: number | null, max: number | null, currency: string | null) {
  if (!currency || (min === null && max === null)) return null;
  if (min !== null && max !== null)
    return min === max ? formatMoney(min, currency) : `${formatMoney(min, currency)} – ${formatMoney(max, currency)}`;
  return min !== null ? `from ${formatMoney(min, currency)}` : `up to ${formatMoney(max!, currency)}`;
}
