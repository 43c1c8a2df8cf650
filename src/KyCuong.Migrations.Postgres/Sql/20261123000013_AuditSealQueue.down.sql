DROP INDEX "IX_sys_audit_AtUtc_Id";
