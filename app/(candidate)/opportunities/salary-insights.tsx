import { Card } from "@/components/ui/card";
import { RowHeader, Table, Td, Th } from "@/components/ui/table";
import { formatMoney } from "@/lib/postings/format-salary";
import { MIN_POSTINGS_FOR_STATS } from "@/lib/postings/salary";
import type { MyPostings } from "@/lib/candidate/postings/postings";

export function SalaryInsights({ insights }: { insights: MyPostings["salaryInsights"] }) {
  return (
    <Card title="What your certifications are worth">
      <p className="text-sm text-slate-700">
        For each active certification: the spread of pay in current postings that ask for it (or, where none do,
        postings that list at least half of its skills). Each posting counts at the middle of its advertised range;
        currencies are never mixed.
      </p>
      {insights.length === 0 ? (
        <p className="mt-3 text-slate-700">
          You have no active certification yet. Earn one to see what postings that ask for it pay.
        </p>
      ) : (
        <div className="mt-4 space-y-6">
          {insights.map((i) => (
            <section key={i.certificationId} aria-labelledby={`salary-${i.certificationId}`}>
              <h3 id={`salary-${i.certificationId}`} className="font-semibold text-slate-900">
                {i.title}
              </h3>
              <p className="text-sm text-slate-600">
                {i.basis === "certification"
                  ? "Based on postings that ask for this certification."
                  : i.basis === "skills"
                    ? "No current posting asks for it by name; based on postings that share its skills."
                    : "No current posting with a salary asks for it or its skills."}
              </p>
              {i.byCurrency.length > 0 && (
                <div className="mt-2">
                  <Table caption={`Salaries for ${i.title} by currency`} minWidth="30rem">
                    <thead>
                      <tr>
                        <Th>Currency</Th>
                        <Th>Postings</Th>
                        <Th>Median</Th>
                        <Th>Middle half</Th>
                        <Th>Lowest – highest</Th>
                      </tr>
                    </thead>
                    <tbody>
                      {i.byCurrency.map((c) => (
                        <tr key={c.currency}>
                          <RowHeader>{c.currency}</RowHeader>
                          <Td>{c.count}</Td>
                          {c.enoughData ? (
                            <>
                              <Td className="font-semibold">{formatMoney(c.median, c.currency)}</Td>
                              <Td>
                                {formatMoney(c.p25, c.currency)} – {formatMoney(c.p75, c.currency)}
                              </Td>
                              <Td>
                                {formatMoney(c.min, c.currency)} – {formatMoney(c.max, c.currency)}
                              </Td>
                            </>
                          ) : (
                            <Td colSpan={3} className="text-slate-700">
                              Not enough data (at least {MIN_POSTINGS_FOR_STATS} postings needed)
                            </Td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </Table>
                </div>
              )}
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
