/** What an exam-results import did, kept on the ImportBatch and shown when it ends. */
export type ImportReport = {
  /** Valid rows: new results plus rows already imported before. */
  accepted: number;
  created: number;
  alreadyImported: number;
  /** New results whose email matches no candidate; support links them. */
  unmatched: number;
  rejectedCount: number;
  /** The first REJECTION_DETAIL_LIMIT rejected rows (row number and reason); rejectedCount has them all. */
  rejected: { row: number; reason: string }[];
  certificationsEarned: number;
  badgesIssued: number;
  emailsQueued: number;
};

export const REJECTION_DETAIL_LIMIT = 5000;

export function emptyReport(): ImportReport {
  return {
    accepted: 0,
    created: 0,
    alreadyImported: 0,
    unmatched: 0,
    rejectedCount: 0,
    rejected: [],
    certificationsEarned: 0,
    badgesIssued: 0,
    emailsQueued: 0,
  };
}

export function mergeReports(total: ImportReport, chunk: ImportReport): ImportReport {
  return {
    accepted: total.accepted + chunk.accepted,
    created: total.created + chunk.created,
    alreadyImported: total.alreadyImported + chunk.alreadyImported,
    unmatched: total.unmatched + chunk.unmatched,
    rejectedCount: total.rejectedCount + chunk.rejectedCount,
    // Chunks hold rows in candidate order, not file order: keep the details sorted by row.
    rejected: [...total.rejected, ...chunk.rejected].sort((a, b) => a.row - b.row).slice(0, REJECTION_DETAIL_LIMIT),
    certificationsEarned: total.certificationsEarned + chunk.certificationsEarned,
    badgesIssued: total.badgesIssued + chunk.badgesIssued,
    emailsQueued: total.emailsQueued + chunk.emailsQueued,
  };
}

export function asReport(value: unknown): ImportReport {
  return { ...emptyReport(), ...((value && typeof value === "object" ? value : {}) as Partial<ImportReport>) };
}
