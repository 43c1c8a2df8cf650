DROP INDEX "IX_cit_feedback_ClosedAtUtc";
