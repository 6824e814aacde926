import { describe, expect, it } from "vitest";
import { PDFDocument } from "pdf-lib";
import { toWinAnsi } from "@/lib/pdf/text";
import { renderCertificatePdf } from "@/lib/pdf/certificate-pdf";
import { renderTranscriptPdf } from "@/lib/pdf/transcript-pdf";
import type { Transcript } from "@/lib/records/transcript-data";
import { pdfText } from "../support/pdf-text";

describe("text the standard PDF fonts can draw", () => {
  it.each([
    ["Nguyễn Thị Mỹ", "Nguyen Thi My"],
    ["José Müller", "José Müller"],
    ["Łukasz Dąbrowski", "Lukasz Dabrowski"],
    ["Đặng", "Dang"],
    ["Zoë O'Brien – “MVP”", "Zoë O'Brien – “MVP”"],
    ["张伟", "??"],
    ["Ærøskøbing", "Ærøskøbing"],
  ])("%s -> %s", (input, output) => expect(toWinAnsi(input)).toBe(output));
});

const day = (s: string) => new Date(`${s}T00:00:00Z`);

function transcript(exams: number): Transcript {
  return {
    holder: { name: "Nguyễn Thị Mỹ", mcid: "1234567897" },
    generatedAt: day("2026-11-24"),
    active: [
      {
        id: "a",
        code: "AZ-ADMIN",
        title: "Azure Administrator Associate",
        level: "ASSOCIATE",
        earnedOn: day("2022-03-24"),
        expiresOn: day("2027-03-24"),
        renewedOn: day("2026-01-10"),
        status: "ACTIVE",
        certificationRetiredOn: null,
        certificateNumber: "CN-ABCDEFGHJK",
        nextAction: { kind: "renew-now", expiresOn: day("2027-03-24") },
      },
    ],
    inactive: [
      {
        id: "b",
        code: "MCSA",
        title: "MCSA: Windows Server 2016",
        level: "ASSOCIATE",
        earnedOn: day("2018-11-05"),
        expiresOn: null,
        renewedOn: null,
        status: "RETIRED",
        certificationRetiredOn: day("2021-01-31"),
        certificateNumber: "CN-MNPQRSTVWX",
        nextAction: { kind: "retired", retiredOn: day("2021-01-31") },
      },
    ],
    exams: Array.from({ length: exams }, (_, i) => ({
      id: `e${i}`,
      code: `AZ-${100 + i}`,
      title: "Microsoft Azure Administrator",
      takenOn: day("2022-03-24"),
      score: 600 + i,
      passed: i % 2 === 0,
      channel: "ONLINE" as const,
      examRetired: i === 1,
      examRetiredOn: i === 1 ? day("2023-01-01") : null,
    })),
  };
}

describe("transcript PDF", () => {
  it("says who, what, when and what to do next, with a non-Latin-1 name", async () => {
    const [page] = await pdfText(await renderTranscriptPdf(transcript(3), { issuer: "certdash" }));
    expect(page).toContain("Certification transcript");
    expect(page).toContain("Nguyen Thi My");
    expect(page).toContain("MCID 123 456 789 7");
    expect(page).toContain("Azure Administrator Associate");
    expect(page).toContain("Renewal window open: renew before 24 Mar 2027.");
    expect(page).toContain("MCSA: Windows Server 2016");
    expect(page).toContain("Retired on 31 Jan 2021");
    expect(page).toContain("AZ-100 Microsoft Azure Administrator · Passed · score 600 · Online");
    expect(page).toContain("AZ-101 Microsoft Azure Administrator (retired) · Failed · score 601");
  });

  it("leaves the exam history out when it is not shared, and paginates a long one", async () => {
    const [noExams] = await pdfText(
      await renderTranscriptPdf({ ...transcript(0), exams: null }, { issuer: "certdash" }),
    );
    expect(noExams).not.toContain("Exam history");
    const long = await renderTranscriptPdf(transcript(120), { issuer: "certdash" });
    const pages = await pdfText(long);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.join("\n")).toContain("AZ-219");
    expect(pages.at(-1)).toContain(`page ${pages.length}`);
    expect((await PDFDocument.load(long)).getTitle()).toBe("Transcript of Nguyễn Thị Mỹ");
  });
});

describe("certificate PDF", () => {
  it("names the holder, the certification, the number and the date, with a QR code image", async () => {
    const bytes = await renderCertificatePdf(
      {
        holderName: "Đặng Văn Lâm",
        mcid: "1234567897",
        certificationTitle: "Azure Administrator Associate",
        certificateNumber: "CN-ABCDEFGHJK",
        earnedOn: day("2022-03-24"),
        expiresOn: day("2027-03-24"),
        verifyUrl: "https://certs.example.org/certificates/CN-ABCDEFGHJK",
      },
      { issuer: "certdash" },
    );
    const [page] = await pdfText(bytes);
    for (const s of [
      "Dang Van Lâm",
      "Azure Administrator Associate",
      "CN-ABCDEFGHJK",
      "24 Mar 2022",
      "Valid through",
      "Verify at https://certs.example.org/certificates/CN-ABCDEFGHJK",
    ]) {
      expect(page).toContain(s);
    }
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/Subtype\s*\/Image/);
  });
});
