ALTER TABLE "org_units" ADD "Code" TEXT NULL;
ALTER TABLE "org_units" ADD "AgencyCode" TEXT NULL;

CREATE UNIQUE INDEX "IX_org_units_Code" ON "org_units" ("Code") WHERE "Code" IS NOT NULL;
