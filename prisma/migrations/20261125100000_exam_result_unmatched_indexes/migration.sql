-- Every index on ExamResult is written by every imported row, and an import of 100,000 rows spent a third of its
-- time in this table. Lookups by source email and the oldest-first queue of results only ever ask for unmatched
-- results (no owner), so those two indexes now hold only those rows (a twentieth of them, or fewer).
-- Prisma's schema cannot say "partial"; schema.prisma declares them as plain indexes of the same name and columns,
-- which `migrate diff` accepts as the same index.

-- A candidate's results by date: (userId, passed, examId, takenOn) already leads with userId, and a candidate has
-- dozens of results at most, so sorting them is free.
DROP INDEX "ExamResult_userId_takenOn_idx";

DROP INDEX "ExamResult_sourceEmail_idx";
CREATE INDEX "ExamResult_sourceEmail_idx" ON "ExamResult"("sourceEmail") WHERE "userId" IS NULL;

CREATE INDEX "ExamResult_takenOn_idx" ON "ExamResult"("takenOn") WHERE "userId" IS NULL;
