-- Notices at national speed (issue 19; docs/performance.md "Notices: deleted on handling, the morning on two nodes").
-- 1. Handled notices now leave sys_outbox at once; e-mails and webhook deliveries keep their processed rows until the job
--    outbox.purge deletes those older than Outbox:RetainProcessedDays. This partial index holds only the processed rows: the
--    purge reads them oldest first and the administrators' count of processed messages kept is an index-only count.
-- 2. The unread count that follows every batch of notices (one per person reached) reads only the unread entries of those
--    people, on a narrow key, instead of the inbox index (RecipientUserId, ReadAtUtc, CreatedAtUtc).
CREATE INDEX "IX_sys_outbox_ProcessedAtUtc" ON sys_outbox ("ProcessedAtUtc") WHERE "ProcessedAtUtc" IS NOT NULL;
CREATE INDEX "IX_ntf_notifications_RecipientUserId_Unread" ON ntf_notifications ("RecipientUserId") WHERE "ReadAtUtc" IS NULL;
