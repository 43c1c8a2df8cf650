-- Simplification plans of administrative procedures (docs/domain.md "Procedures: simplification plans and the 766 index"; Công điện
-- 968/CĐ-TTg §1(e)): one plan per body and year; each item keeps the compliance cost at the plan's start (Thông tư 02/2017/TT-VPCP).

CREATE TABLE proc_simplification_plans (
    "Id" uuid NOT NULL,
    "BodyUnitId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Title" character varying(500) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_proc_simplification_plans" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_proc_simplification_plans_BodyUnitId_Year" ON proc_simplification_plans ("BodyUnitId", "Year");

CREATE TABLE proc_simplification_items (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "ProcedureId" uuid NOT NULL,
    "Action" character varying(20) NOT NULL,
    "BaselineCost" bigint NOT NULL,
    "TargetCost" bigint NOT NULL,
    "Status" character varying(20) NOT NULL,
    "DoneOn" date,
    CONSTRAINT "PK_proc_simplification_items" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_proc_simplification_items_PlanId_ProcedureId" ON proc_simplification_items ("PlanId", "ProcedureId");
CREATE INDEX "IX_proc_simplification_items_ProcedureId" ON proc_simplification_items ("ProcedureId");
