-- Notices at national speed (issue 19; docs/performance.md "Notices: fewer writes, several drainers").
-- 1. The index on ("ProcessedAtUtc", "FailedAtUtc", "AvailableAtUtc") took a new entry at every write of a message
--    (appended, claimed, done) and served no query the others do not: the claim and the pending counts read the partial
--    pending index, the failed count and list the small partial index below.
-- 2. The pending index leads with the topic: a topic's claim read the oldest pending rows of every topic and skipped the
--    others', so with 100,000 notices waiting each claim of e-mails or webhooks (finding none) walked all of them.
DROP INDEX "IX_sys_outbox_ProcessedAtUtc_FailedAtUtc_AvailableAtUtc";
DROP INDEX "IX_sys_outbox_AvailableAtUtc_Id";
CREATE INDEX "IX_sys_outbox_Topic_AvailableAtUtc_Id" ON "sys_outbox" ("Topic", "AvailableAtUtc", "Id") WHERE "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL;
CREATE INDEX "IX_sys_outbox_FailedAtUtc" ON "sys_outbox" ("FailedAtUtc") WHERE "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NOT NULL;
