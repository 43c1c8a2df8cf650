CREATE INDEX "IX_sys_outbox_AvailableAtUtc_Id" ON sys_outbox ("AvailableAtUtc", "Id") WHERE "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL;
