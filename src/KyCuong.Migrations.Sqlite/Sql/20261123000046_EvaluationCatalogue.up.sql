-- The conversion catalogue of Nghị định 335/2025 (docs/domain.md "Evaluation"): products per job position in groups N1–N5, and the
-- product type each task counts as (keyed by the task's id, with the name, group and points copied when chosen).
CREATE TABLE "eval_catalogue" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_catalogue" PRIMARY KEY,
    "UnitId" TEXT NOT NULL,
    "JobPosition" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Group" INTEGER NOT NULL,
    "Points" TEXT NOT NULL,
    "Active" INTEGER NOT NULL,
    "ByUserId" TEXT NULL,
    "AtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_eval_catalogue_UnitId_JobPosition" ON "eval_catalogue" ("UnitId", "JobPosition");

CREATE TABLE "eval_task_products" (
    "TaskId" TEXT NOT NULL CONSTRAINT "PK_eval_task_products" PRIMARY KEY,
    "ProductId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Group" INTEGER NOT NULL,
    "Points" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "AtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_eval_task_products_ProductId" ON "eval_task_products" ("ProductId");
