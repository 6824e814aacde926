"use client";

import { useActionState } from "react";
import { updateContactDetails } from "@/lib/candidate/profile/actions/update-contact-details";
import { initialActionState } from "@/lib/forms/form-state";
import { Select } from "@/components/ui/select";
import { TextField } from "@/components/ui/text-field";
import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";

type Contact = {
  preferredName: string | null;
  phone: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
  locale: string;
};

export function ContactForm({
  contact,
  countries,
  locales,
}: {
  contact: Contact;
  countries: { code: string; name: string }[];
  locales: string[];
}) {
  const [state, action, pending] = useActionState(updateContactDetails, initialActionState);
  // After an error the form shows what was typed; otherwise what is saved.
  const value = (name: keyof Contact) => state.values?.[name] ?? contact[name] ?? "";
  const errors = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" noValidate key={state.ok ? "saved" : "editing"}>
      <TextField
        label="Preferred name (optional)"
        name="preferredName"
        hint="How we greet you. Certificates always use your legal name."
        maxLength={60}
        defaultValue={value("preferredName")}
        errors={errors.preferredName}
        className="sm:col-span-2"
      />
      <TextField
        label="Phone (optional)"
        name="phone"
        type="tel"
        autoComplete="tel"
        hint="With the country code, e.g. +44 20 7946 0958."
        defaultValue={value("phone")}
        errors={errors.phone}
        className="sm:col-span-2"
      />
      <TextField
        label="Address line 1"
        name="addressLine1"
        autoComplete="address-line1"
        defaultValue={value("addressLine1")}
        errors={errors.addressLine1}
      />
      <TextField
        label="Address line 2 (optional)"
        name="addressLine2"
        autoComplete="address-line2"
        defaultValue={value("addressLine2")}
        errors={errors.addressLine2}
      />
      <TextField
        label="City"
        name="city"
        autoComplete="address-level2"
        defaultValue={value("city")}
        errors={errors.city}
      />
      <TextField
        label="State or region (optional)"
        name="region"
        autoComplete="address-level1"
        defaultValue={value("region")}
        errors={errors.region}
      />
      <TextField
        label="Postal code"
        name="postalCode"
        autoComplete="postal-code"
        defaultValue={value("postalCode")}
        errors={errors.postalCode}
      />
      <Select
        label="Country"
        name="country"
        autoComplete="country"
        defaultValue={value("country")}
        errors={errors.country}
      >
        <option value="">Not given</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </Select>
      <TextField
        label="Language and region"
        name="locale"
        list="locale-options"
        hint="A language tag such as en-GB or pt-BR: used for dates and emails."
        defaultValue={value("locale")}
        errors={errors.locale}
      />
      <datalist id="locale-options">
        {locales.map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save contact details"}
        </Button>
        <FormStatus message={state.message} ok={state.ok} />
      </div>
    </form>
  );
}
