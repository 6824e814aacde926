import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { PostingFilters } from "@/lib/validation/posting-filters";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function OpportunityFiltersForm({ filters, currencies, errors }: { filters: PostingFilters; currencies: string[]; errors: string[] }) {
  return (
    <Card title="Filter postings">
      {errors.length > 0 && (
        <div role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-semibold">Some filters could not be used, so none are applied:</p>
          <ul className="list-disc pl-5">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="get" action="/opportunities" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <Field label="Location" name="location" defaultValue={filters.location ?? ""} hint="City or country, e.g. London" maxLength={100} />
        <Field
          label="Minimum salary"
          name="minSalary"
          type="number"
          inputMode="numeric"
          min={0}
          step={1000}
          defaultValue={filters.minSalary ?? ""}
          hint="Per year, in the currency chosen"
        />
        <div>
          <label htmlFor="field-currency" className="block text-sm font-medium text-slate-800">
            Currency
          </label>
          <p id="field-currency-hint" className="mt-0.5 text-sm text-slate-600">
            Salaries are compared in one currency
          </p>
          <select
            id="field-currency"
            name="currency"
            aria-describedby="field-currency-hint"
            defaultValue={filters.currency ?? ""}
            className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900"
          >
            <option value="">Any currency</option>
            {currencies.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-center gap-2 pb-2">
          <input
            id="field-remote"
            type="checkbox"
            name="remote"
            value="1"
            defaultChecked={filters.remote}
            className="h-5 w-5 rounded border-slate-400 text-brand-600"
          />
          <label htmlFor="field-remote" className="text-sm font-medium text-slate-800">
            Remote only
          </label>
        </div>
        <div className="flex flex-wrap items-center gap-4 sm:col-span-2 lg:col-span-4">
          <Button type="submit">Show postings</Button>
          <Link href="/opportunities" className="text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        </div>
      </form>
    </Card>
  );
}
