DROP INDEX "IX_task_handoffs_FromUserId";
DROP INDEX "IX_task_tasks_AwaitingReviewSinceUtc";
DROP INDEX "IX_task_tasks_AssignerUnitId_AwaitingReviewSinceUtc";
DROP TABLE "task_reviews";
ALTER TABLE "task_tasks" DROP COLUMN "AwaitingReviewSinceUtc";
