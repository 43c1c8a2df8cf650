CREATE INDEX "IX_sys_audit_AtUtc_Id" ON "sys_audit" ("AtUtc", "Id") WHERE "Sequence" IS NULL;
