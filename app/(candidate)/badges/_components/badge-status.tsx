import { StatusPill } from "@/components/ui/status-pill";

// What a badge's state or verification status is called where its earner and the public read it.
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
  return <StatusPill status={value}>{labels[value] ?? value}</StatusPill>;
}
