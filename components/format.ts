/** Dates as people read them, in UTC so a date never shifts by a day between server and reader. */
export function formatDate(date: Date | string) {
  return new Date(date).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

export function formatDateTime(date: Date | string) {
  return `${new Date(date).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC`;
}
