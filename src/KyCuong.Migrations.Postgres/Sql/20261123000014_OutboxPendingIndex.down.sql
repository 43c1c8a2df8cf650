DROP INDEX "IX_sys_outbox_AvailableAtUtc_Id";
