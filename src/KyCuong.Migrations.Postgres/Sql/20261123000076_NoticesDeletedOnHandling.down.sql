DROP INDEX "IX_sys_outbox_ProcessedAtUtc";
