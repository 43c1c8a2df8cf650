ALTER TABLE "org_units" ADD "Code" character varying(50) NULL;
ALTER TABLE "org_units" ADD "AgencyCode" character varying(50) NULL;

CREATE UNIQUE INDEX "IX_org_units_Code" ON "org_units" ("Code") WHERE "Code" IS NOT NULL;
