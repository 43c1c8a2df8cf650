-- Results carried by files (docs/domain.md §6, results reviewed): the files attached when a task is reported done.
CREATE TABLE task_attachments (
    "Id" uuid NOT NULL,
    "TaskId" uuid NOT NULL,
    "FileName" character varying(255) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Content" bytea NOT NULL,
    "CompletedOn" date NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "CreatedByUserId" uuid,
    CONSTRAINT "PK_task_attachments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_task_attachments_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES task_tasks ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_task_attachments_TaskId" ON task_attachments ("TaskId");
