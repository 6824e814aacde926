import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Checkbox } from "@/components/ui/checkbox";
import { Notice } from "@/components/ui/notice";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import type { PostingFilters } from "@/lib/validation/posting-filters";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and shared. */
export function OpportunityFiltersForm({
  filters,
  currencies,
  errors,
}: {
  filters: PostingFilters;
  currencies: string[];
  errors: string[];
}) {
  return (
    <Card title="Filter postings">
      {errors.length > 0 && (
        <Notice tone="error" className="mb-4 text-sm">
          <p className="font-semibold">Some filters could not be used, so none are applied:</p>
          <ul className="list-disc pl-5">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Notice>
      )}
      <form method="get" action="/opportunities" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <TextField
          label="Location"
          name="location"
          defaultValue={filters.location ?? ""}
          hint="City or country, e.g. London"
          maxLength={100}
        />
        <TextField
          label="Minimum salary"
          name="minSalary"
          type="number"
          inputMode="numeric"
          min={0}
          step={1000}
          defaultValue={filters.minSalary ?? ""}
          hint="Per year, in the currency chosen"
        />
        <Select
          label="Currency"
          name="currency"
          hint="Salaries are compared in one currency"
          defaultValue={filters.currency ?? ""}
        >
          <option value="">Any currency</option>
          {currencies.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </Select>
        <Checkbox label="Remote only" name="remote" value="1" defaultChecked={filters.remote} className="pb-2" />
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
