DROP INDEX "IX_task_attachments_TaskId";
DROP TABLE "task_attachments";
