-- The retention job's batch (citizens.retention; docs/domain.md "Citizens", Nghị định 13/2023/NĐ-CP art. 3: storage limitation):
-- items closed before the cut-off whose sender's data is not erased yet, oldest first. Without this index every run read the
-- whole table (1.8 s at 1,000,000 items, docs/performance.md); the partial index holds only the items still to be erased.

CREATE INDEX "IX_cit_feedback_ClosedAtUtc" ON cit_feedback ("ClosedAtUtc") WHERE "PersonalDataErasedAtUtc" IS NULL;
