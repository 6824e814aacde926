import { requireRole } from "@/lib/session";
import { POSTING_COLUMNS } from "@/lib/validation/posting";

/** A small, valid postings file to start from. */
export async function GET() {
  await requireRole("ADMIN");
  const today = new Date().toISOString().slice(0, 10);
  const rows = [
    POSTING_COLUMNS.join(","),
    `EXAMPLE-001,Cloud Administrator,Contoso,"Bristol, United Kingdom",no,48000,62000,GBP,Cloud administration; Virtual networking; Storage,CLOUD-ADMINISTRATOR,https://careers.contoso.example/jobs/example-001,${today},`,
    `EXAMPLE-002,Data Analyst,Fabrikam,"Remote, Europe",yes,45000,55000,EUR,Data analytics; Data visualisation,,https://careers.fabrikam.example/jobs/example-002,${today},`,
  ];
  return new Response(`${rows.join("\r\n")}\r\n`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="postings-sample.csv"',
      "cache-control": "private, no-store",
    },
  });
}
