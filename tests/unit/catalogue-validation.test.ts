import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  bulkRevokeSchema,
  certificationSchema,
  examSchema,
  splitEmails,
  templateSchema,
} from "@/lib/validation/catalogue";

const errors = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value);
  return r.success ? {} : z.flattenError(r.error).fieldErrors;
};
const cert = {
  code: "c-1",
  title: "Cert one",
  description: "",
  level: "ASSOCIATE",
  validityMonths: "",
  requirement: "ONE",
  requiredCount: "",
  examCodes: "az-104, AZ-104\nAZ-305",
  skills: "",
};

describe("catalogue forms", () => {
  it("normalises codes, lists and blanks", () => {
    expect(
      examSchema.parse({ code: " az-104 ", title: "Admin exam", skills: "Storage, storage,  Networking ,," }),
    ).toEqual({ code: "AZ-104", title: "Admin exam", description: "", skills: ["Storage", "storage", "Networking"] });
    expect(certificationSchema.parse(cert)).toMatchObject({
      code: "C-1",
      validityMonths: null,
      requiredCount: null,
      examCodes: ["AZ-104", "AZ-305"],
    });
    // The parsed shape validates again unchanged (the data layer re-checks what an action parsed).
    const parsed = certificationSchema.parse(cert);
    expect(certificationSchema.parse(parsed)).toEqual(parsed);
  });

  it.each([
    [{ code: "x" }, "code"],
    [{ code: "AZ 104" }, "code"],
    [{ level: "GURU" }, "level"],
    [{ validityMonths: "0" }, "validityMonths"],
    [{ validityMonths: "twelve" }, "validityMonths"],
    [{ requirement: "ANY_N" }, "requiredCount"],
    [{ requirement: "ANY_N", requiredCount: "3" }, "requiredCount"],
    [{ examCodes: "" }, "examCodes"],
  ])("explains %o on the field %s", (change, field) => {
    expect(Object.keys(errors(certificationSchema, { ...cert, ...change }))).toContain(field);
  });

  it("reads the template's link and checkbox", () => {
    const t = templateSchema.parse({
      name: "A badge",
      description: "Described at length",
      criteria: "Pass the exams",
      linkedTo: "CERT:cloud-admin",
      inBadgeProgram: "on",
      skills: "",
    });
    expect(t).toMatchObject({ link: { kind: "CERT", code: "CLOUD-ADMIN" }, inBadgeProgram: true });
    expect(templateSchema.parse(t)).toEqual(t);
    expect(Object.keys(errors(templateSchema, { ...t, link: undefined, linkedTo: "" }))).toContain("linkedTo");
  });

  it("needs ids or a template with emails, and a reason, to revoke", () => {
    expect(Object.keys(errors(bulkRevokeSchema, { reason: "Because of fraud", notify: "" }))).toContain("badgeIds");
    expect(Object.keys(errors(bulkRevokeSchema, { emails: "a@x.io", reason: "Because of fraud" }))).toContain(
      "templateId",
    );
    expect(
      Object.keys(errors(bulkRevokeSchema, { badgeIds: "00000000-0000-4000-8000-000000000000", reason: "no" })),
    ).toContain("reason");
    expect(
      bulkRevokeSchema.parse({ templateId: "t", emails: "a@x.io", reason: "Because of fraud", notify: "on" }),
    ).toMatchObject({ notify: true, emails: ["a@x.io"] });
  });

  it("splits addresses into valid (deduplicated, lower-case) and invalid", () => {
    expect(splitEmails(["A@x.io", "a@x.io", "nope", "b@y.org"])).toEqual({
      valid: ["a@x.io", "b@y.org"],
      invalid: ["nope"],
    });
  });
});
