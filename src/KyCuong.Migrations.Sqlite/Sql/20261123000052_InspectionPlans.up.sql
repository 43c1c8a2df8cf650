-- Yearly checking plans of a body (docs/domain.md "Checks of official duties: plans and evidence"): drafted by the office, approved by a leader of the
-- body, one check decided from each line at most.

CREATE TABLE "insp_plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_plans" PRIMARY KEY,
    "BodyUnitId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedByUserId" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "ApprovedByUserId" TEXT NULL,
    "ApprovedAtUtc" TEXT NULL
);

CREATE INDEX "IX_insp_plans_BodyUnitId_Year" ON "insp_plans" ("BodyUnitId", "Year");

CREATE TABLE "insp_plan_lines" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_plan_lines" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Month" INTEGER NOT NULL,
    "Topics" TEXT NOT NULL,
    "Directive" TEXT NULL,
    "Surprise" INTEGER NOT NULL,
    "InspectionId" TEXT NULL,
    CONSTRAINT "FK_insp_plan_lines_insp_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "insp_plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_plan_lines_PlanId" ON "insp_plan_lines" ("PlanId");
CREATE INDEX "IX_insp_plan_lines_UnitId" ON "insp_plan_lines" ("UnitId");
CREATE UNIQUE INDEX "IX_insp_plan_lines_InspectionId" ON "insp_plan_lines" ("InspectionId") WHERE "InspectionId" IS NOT NULL;

ALTER TABLE "insp_inspections" ADD "PlanLineId" TEXT NULL;
