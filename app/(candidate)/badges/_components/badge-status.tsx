const styles: Record<string, string> = {
  valid: "bg-green-100 text-green-900",
  expired: "bg-amber-100 text-amber-900",
  revoked: "bg-red-100 text-red-900",
  PENDING: "bg-blue-100 text-blue-900",
  ACCEPTED: "bg-green-100 text-green-900",
  REJECTED: "bg-slate-200 text-slate-900",
  REVOKED: "bg-red-100 text-red-900",
  EXPIRED: "bg-amber-100 text-amber-900",
};
const labels: Record<string, string> = {
  valid: "Valid",
  expired: "Expired",
  revoked: "Revoked",
  PENDING: "Waiting for you",
  ACCEPTED: "Accepted",
  REJECTED: "Rejected",
  REVOKED: "Revoked",
  EXPIRED: "Expired",
};

export function BadgeStatus({ value }: { value: string }) {
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-xs font-semibold ${styles[value] ?? ""}`}>{labels[value] ?? value}</span>;
}
