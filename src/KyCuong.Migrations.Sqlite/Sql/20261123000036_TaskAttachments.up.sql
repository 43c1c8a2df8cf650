-- Results carried by files (docs/domain.md §6, results reviewed): the files attached when a task is reported done.
CREATE TABLE "task_attachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_task_attachments" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "CompletedOn" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NULL,
    CONSTRAINT "FK_task_attachments_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "task_tasks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_task_attachments_TaskId" ON "task_attachments" ("TaskId");
