-- Results reviewed (docs/domain.md §6): one row per review of a reported completion; a completion waits for it.
ALTER TABLE "task_tasks" ADD "AwaitingReviewSinceUtc" TEXT NULL;

CREATE TABLE "task_reviews" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_task_reviews" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "Quality" TEXT NOT NULL,
    "MajorError" INTEGER NOT NULL,
    "Note" TEXT NULL,
    "Reopened" INTEGER NOT NULL,
    "HolderUserId" TEXT NULL,
    "CompletedOn" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    CONSTRAINT "FK_task_reviews_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "task_tasks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_task_reviews_TaskId_AtUtc" ON "task_reviews" ("TaskId", "AtUtc");

CREATE INDEX "IX_task_reviews_HolderUserId_AtUtc" ON "task_reviews" ("HolderUserId", "AtUtc");

CREATE INDEX "IX_task_tasks_AssignerUnitId_AwaitingReviewSinceUtc" ON "task_tasks" ("AssignerUnitId", "AwaitingReviewSinceUtc");

CREATE INDEX "IX_task_tasks_AwaitingReviewSinceUtc" ON "task_tasks" ("AwaitingReviewSinceUtc");

-- Whoever handed a step on keeps the task in view ("Đã chuyển / đang theo dõi").
CREATE INDEX "IX_task_handoffs_FromUserId" ON "task_handoffs" ("FromUserId");
