import type { Metadata } from "next";
import Link from "next/link";
import { listCatalogue } from "@/lib/admin/catalogue/catalogue";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDate } from "@/lib/format";
import { StatusPill } from "@/components/ui/status-pill";

export const metadata: Metadata = { title: "Catalogue" };

const requirementText = (r: string, n: number | null, count: number) =>
  r === "ALL" ? `all ${count}` : r === "ANY_N" ? `any ${n} of ${count}` : count > 1 ? `one of ${count}` : "one exam";

export default async function CataloguePage() {
  const { exams, certifications } = await listCatalogue();
  const link = "font-medium text-brand-700 underline";
  return (
    <div className="space-y-8">
      <PageHeader title="Catalogue" description="Exams and certifications. Retired items keep their history.">
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/admin/catalogue/exams/new">New exam</ButtonLink>
          <ButtonLink href="/admin/catalogue/certifications/new">New certification</ButtonLink>
        </div>
      </PageHeader>
      <Card title={`Certifications (${certifications.length})`}>
        <Table caption="Certifications" minWidth="48rem">
          <thead>
            <tr>
              <Th>Code</Th>
              <Th>Title</Th>
              <Th>Level</Th>
              <Th>Exams</Th>
              <Th>Validity</Th>
              <Th>Earned</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {certifications.map((c) => (
              <tr key={c.id}>
                <Td>
                  <Link className={link} href={`/admin/catalogue/certifications/${c.id}`}>
                    {c.code}
                  </Link>
                </Td>
                <Td>{c.title}</Td>
                <Td>{c.level.toLowerCase()}</Td>
                <Td>
                  {c.examCodes.join(", ")}{" "}
                  <span className="text-slate-600">
                    ({requirementText(c.requirement, c.requiredCount, c.examCodes.length)})
                  </span>
                </Td>
                <Td>{c.validityMonths ? `${c.validityMonths} months` : "never expires"}</Td>
                <Td>{c.earned.toLocaleString("en-GB")}</Td>
                <Td>
                  <StatusPill status={c.status}>{c.status.toLowerCase()}</StatusPill>
                  {c.retiredOn && <span className="ml-1 text-slate-600">{formatDate(c.retiredOn)}</span>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card title={`Exams (${exams.length})`}>
        <Table caption="Exams" minWidth="28rem">
          <thead>
            <tr>
              <Th>Code</Th>
              <Th>Title</Th>
              <Th>Results</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {exams.map((e) => (
              <tr key={e.id}>
                <Td>
                  <Link className={link} href={`/admin/catalogue/exams/${e.id}`}>
                    {e.code}
                  </Link>
                </Td>
                <Td>{e.title}</Td>
                <Td>{e.results.toLocaleString("en-GB")}</Td>
                <Td>
                  <StatusPill status={e.status}>{e.status.toLowerCase()}</StatusPill>
                  {e.retiredOn && <span className="ml-1 text-slate-600">{formatDate(e.retiredOn)}</span>}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
