// One formatter each, made once: toLocaleDateString builds a new Intl formatter on every call, which showed up as
// a measurable share of a busy page's time (the dashboard formats dozens of dates per request).
const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** Dates as people read them, in UTC so a date never shifts by a day between server and reader. */
export function formatDate(value: Date | string) {
  return date.format(new Date(value));
}

export function formatDateTime(value: Date | string) {
  return `${dateTime.format(new Date(value))} UTC`;
}
