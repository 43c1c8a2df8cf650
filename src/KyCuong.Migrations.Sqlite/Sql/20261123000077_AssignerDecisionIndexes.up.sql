-- The assigning side's waiting decisions (docs/domain.md §6): tasks returned to the assigner to reassign, and pending extension
-- requests, as partial indexes, as on PostgreSQL: only what waits.

CREATE INDEX "IX_task_tasks_AssignerUnitId_Returned" ON "task_tasks" ("AssignerUnitId") WHERE "State" = 'Returned';
CREATE INDEX "IX_task_tasks_AssignedByUserId_Returned" ON "task_tasks" ("AssignedByUserId") WHERE "State" = 'Returned';
CREATE INDEX "IX_task_extensions_TaskId_Pending" ON "task_extensions" ("TaskId") WHERE "State" = 'Pending';
