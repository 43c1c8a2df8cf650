-- Simplification plans of administrative procedures (docs/domain.md "Procedures: simplification plans and the 766 index"; Công điện
-- 968/CĐ-TTg §1(e)): one plan per body and year; each item keeps the compliance cost at the plan's start (Thông tư 02/2017/TT-VPCP).

CREATE TABLE "proc_simplification_plans" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_proc_simplification_plans" PRIMARY KEY,
    "BodyUnitId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_proc_simplification_plans_BodyUnitId_Year" ON "proc_simplification_plans" ("BodyUnitId", "Year");

CREATE TABLE "proc_simplification_items" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_proc_simplification_items" PRIMARY KEY,
    "PlanId" TEXT NOT NULL,
    "ProcedureId" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "BaselineCost" INTEGER NOT NULL,
    "TargetCost" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "DoneOn" TEXT NULL
);

CREATE UNIQUE INDEX "IX_proc_simplification_items_PlanId_ProcedureId" ON "proc_simplification_items" ("PlanId", "ProcedureId");
CREATE INDEX "IX_proc_simplification_items_ProcedureId" ON "proc_simplification_items" ("ProcedureId");
