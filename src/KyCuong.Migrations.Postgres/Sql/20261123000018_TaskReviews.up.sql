-- Results reviewed (docs/domain.md §6): one row per review of a reported completion; a completion waits for it.
ALTER TABLE task_tasks ADD "AwaitingReviewSinceUtc" timestamp with time zone;

CREATE TABLE task_reviews (
    "Id" uuid NOT NULL,
    "TaskId" uuid NOT NULL,
    "Quality" character varying(20) NOT NULL,
    "MajorError" boolean NOT NULL,
    "Note" character varying(4000),
    "Reopened" boolean NOT NULL,
    "HolderUserId" uuid,
    "CompletedOn" date NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "ByUserId" uuid,
    CONSTRAINT "PK_task_reviews" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_task_reviews_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES task_tasks ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_task_reviews_TaskId_AtUtc" ON task_reviews ("TaskId", "AtUtc");

CREATE INDEX "IX_task_reviews_HolderUserId_AtUtc" ON task_reviews ("HolderUserId", "AtUtc");

CREATE INDEX "IX_task_tasks_AssignerUnitId_AwaitingReviewSinceUtc" ON task_tasks ("AssignerUnitId", "AwaitingReviewSinceUtc");

CREATE INDEX "IX_task_tasks_AwaitingReviewSinceUtc" ON task_tasks ("AwaitingReviewSinceUtc");

-- Whoever handed a step on keeps the task in view ("Đã chuyển / đang theo dõi").
CREATE INDEX "IX_task_handoffs_FromUserId" ON task_handoffs ("FromUserId");
