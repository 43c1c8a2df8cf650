-- Yearly checking plans of a body (docs/domain.md "Checks of official duties: plans and evidence"): drafted by the office, approved by a leader of the
-- body, one check decided from each line at most.

CREATE TABLE "insp_plans" (
    "Id" uuid NOT NULL,
    "BodyUnitId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Title" character varying(500) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "CreatedByUserId" uuid,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    "ApprovedByUserId" uuid,
    "ApprovedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_insp_plans" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_insp_plans_BodyUnitId_Year" ON "insp_plans" ("BodyUnitId", "Year");

CREATE TABLE "insp_plan_lines" (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "UnitId" uuid NOT NULL,
    "Month" integer NOT NULL,
    "Topics" character varying(200) NOT NULL,
    "Directive" character varying(300),
    "Surprise" boolean NOT NULL,
    "InspectionId" uuid,
    CONSTRAINT "PK_insp_plan_lines" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_insp_plan_lines_insp_plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES "insp_plans" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_plan_lines_PlanId" ON "insp_plan_lines" ("PlanId");
CREATE INDEX "IX_insp_plan_lines_UnitId" ON "insp_plan_lines" ("UnitId");
CREATE UNIQUE INDEX "IX_insp_plan_lines_InspectionId" ON "insp_plan_lines" ("InspectionId") WHERE "InspectionId" IS NOT NULL;

ALTER TABLE "insp_inspections" ADD "PlanLineId" uuid;
