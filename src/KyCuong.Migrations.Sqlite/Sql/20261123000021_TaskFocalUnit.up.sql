ALTER TABLE "task_tasks" ADD "FocalUnitId" TEXT NULL;

CREATE INDEX "IX_task_tasks_FocalUnitId" ON "task_tasks" ("FocalUnitId");
