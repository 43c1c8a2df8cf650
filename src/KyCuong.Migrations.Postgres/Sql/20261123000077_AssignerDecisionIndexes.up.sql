-- The assigning side's waiting decisions (docs/domain.md §6): tasks returned to the assigner to reassign, and pending extension
-- requests. A leader's navigation count and work list read them on every page; without these indexes each read went through
-- every task the leader's unit ever assigned (31,600 rows, 0.7 s at 2,000,000 tasks, docs/performance.md "The load mix, kind
-- by kind"). Partial: they hold only what waits.

CREATE INDEX "IX_task_tasks_AssignerUnitId_Returned" ON task_tasks ("AssignerUnitId") WHERE "State" = 'Returned';
CREATE INDEX "IX_task_tasks_AssignedByUserId_Returned" ON task_tasks ("AssignedByUserId") WHERE "State" = 'Returned';
CREATE INDEX "IX_task_extensions_TaskId_Pending" ON task_extensions ("TaskId") WHERE "State" = 'Pending';
