DROP INDEX "IX_task_tasks_AssignedByUserId";
DROP TABLE task_counters;
