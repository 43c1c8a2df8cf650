DROP INDEX "IX_org_units_Code";

ALTER TABLE "org_units" DROP COLUMN "AgencyCode";
ALTER TABLE "org_units" DROP COLUMN "Code";
