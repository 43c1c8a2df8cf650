DROP INDEX "IX_task_tasks_FocalUnitId";

ALTER TABLE "task_tasks" DROP COLUMN "FocalUnitId";
