DROP INDEX "IX_task_extensions_TaskId_Pending";
DROP INDEX "IX_task_tasks_AssignedByUserId_Returned";
DROP INDEX "IX_task_tasks_AssignerUnitId_Returned";
