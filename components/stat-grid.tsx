import { Card } from "@/components/ui/card";

export function StatGrid({ stats }: { stats: { label: string; value: number }[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      {stats.map((s) => (
        <Card key={s.label}>
          <p className="text-sm text-slate-600">{s.label}</p>
          <p className="text-3xl font-bold">{s.value.toLocaleString("en-GB")}</p>
        </Card>
      ))}
    </div>
  );
}
