DROP INDEX "IX_sys_outbox_FailedAtUtc";
DROP INDEX "IX_sys_outbox_Topic_AvailableAtUtc_Id";
CREATE INDEX "IX_sys_outbox_AvailableAtUtc_Id" ON "sys_outbox" ("AvailableAtUtc", "Id") WHERE "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL;
CREATE INDEX "IX_sys_outbox_ProcessedAtUtc_FailedAtUtc_AvailableAtUtc" ON "sys_outbox" ("ProcessedAtUtc", "FailedAtUtc", "AvailableAtUtc");
