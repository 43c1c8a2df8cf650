ALTER TABLE "insp_inspections" DROP COLUMN "PlanLineId";
DROP TABLE "insp_plan_lines";
DROP TABLE "insp_plans";
