-- Candidates' passes (exam and date) straight from the index when recording earned certifications.
CREATE INDEX "ExamResult_userId_passed_examId_takenOn_idx" ON "ExamResult"("userId", "passed", "examId", "takenOn");
