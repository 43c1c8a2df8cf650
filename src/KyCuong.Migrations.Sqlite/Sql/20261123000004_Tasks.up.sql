-- Tasks (docs/domain.md §6): tasks, coordinators, routings (returns, re-routings), hand-offs, extensions, recurring duties.
-- Generated from the EF model (AppDbContext.Tasks.cs) and kept by hand (ADR 0002).

CREATE TABLE "task_tasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_task_tasks" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Description" TEXT NULL,
    "SourceDocumentId" TEXT NULL,
    "ClauseRef" TEXT NULL,
    "ParentTaskId" TEXT NULL,
    "AssignerUnitId" TEXT NOT NULL,
    "AssignedByUserId" TEXT NULL,
    "LeadUnitId" TEXT NOT NULL,
    "LeadUserId" TEXT NULL,
    "CurrentHolderUserId" TEXT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "AssignedAtUtc" TEXT NOT NULL,
    "DueDate" TEXT NULL,
    "OriginalDueDate" TEXT NULL,
    "WorkingDays" INTEGER NULL,
    "State" TEXT NOT NULL,
    "CompletedOn" TEXT NULL,
    "CompletedAtUtc" TEXT NULL,
    "Result" TEXT NULL,
    "ResultDocumentId" TEXT NULL,
    "ProgressPercent" INTEGER NULL,
    "LastProgressNote" TEXT NULL,
    "LastProgressAtUtc" TEXT NULL,
    "ReturnCount" INTEGER NOT NULL,
    "RerouteCount" INTEGER NOT NULL,
    "ExtensionCount" INTEGER NOT NULL,
    "ReopenCount" INTEGER NOT NULL,
    "Bounced" INTEGER NOT NULL,
    "RecurringDutyId" TEXT NULL,
    "PeriodKey" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_task_tasks_task_tasks_ParentTaskId" FOREIGN KEY ("ParentTaskId") REFERENCES "task_tasks" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "task_coordinators" (
    "TaskId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    CONSTRAINT "PK_task_coordinators" PRIMARY KEY ("TaskId", "UnitId"),
    CONSTRAINT "FK_task_coordinators_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "task_tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "task_extensions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_task_extensions" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "RequestedByUserId" TEXT NULL,
    "RequestedAtUtc" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "PreviousDueDate" TEXT NOT NULL,
    "RequestedDueDate" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "DecidedByUserId" TEXT NULL,
    "DecidedAtUtc" TEXT NULL,
    "DecisionNote" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_task_extensions_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "task_tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "task_handoffs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_task_handoffs" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "FromUserId" TEXT NULL,
    "ToUserId" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "StepDueDate" TEXT NULL,
    "Note" TEXT NULL,
    "EndedAtUtc" TEXT NULL,
    CONSTRAINT "FK_task_handoffs_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "task_tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "task_recurring_duties" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_task_recurring_duties" PRIMARY KEY,
    "StandingTaskId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Phrase" TEXT NOT NULL,
    "Cadence" INTEGER NOT NULL,
    "AssignerUnitId" TEXT NOT NULL,
    "LeadUnitId" TEXT NOT NULL,
    "StartsOn" TEXT NOT NULL,
    "EndsOn" TEXT NULL,
    "Active" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_task_recurring_duties_task_tasks_StandingTaskId" FOREIGN KEY ("StandingTaskId") REFERENCES "task_tasks" ("Id") ON DELETE CASCADE
);

CREATE TABLE "task_routings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_task_routings" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "AtUtc" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "SuggestedUnitId" TEXT NULL,
    CONSTRAINT "FK_task_routings_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES "task_tasks" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_task_coordinators_UnitId" ON "task_coordinators" ("UnitId");

CREATE INDEX "IX_task_extensions_TaskId_State" ON "task_extensions" ("TaskId", "State");

CREATE INDEX "IX_task_handoffs_TaskId" ON "task_handoffs" ("TaskId");

CREATE INDEX "IX_task_handoffs_ToUserId" ON "task_handoffs" ("ToUserId");

CREATE INDEX "IX_task_recurring_duties_Active" ON "task_recurring_duties" ("Active");

CREATE INDEX "IX_task_recurring_duties_StandingTaskId" ON "task_recurring_duties" ("StandingTaskId");

CREATE UNIQUE INDEX "IX_task_routings_TaskId_Sequence" ON "task_routings" ("TaskId", "Sequence");

CREATE INDEX "IX_task_routings_UnitId_Kind" ON "task_routings" ("UnitId", "Kind");

CREATE INDEX "IX_task_tasks_AssignerUnitId" ON "task_tasks" ("AssignerUnitId");

CREATE INDEX "IX_task_tasks_CurrentHolderUserId" ON "task_tasks" ("CurrentHolderUserId");

CREATE INDEX "IX_task_tasks_LeadUnitId_CompletedOn_DueDate" ON "task_tasks" ("LeadUnitId", "CompletedOn", "DueDate");

CREATE INDEX "IX_task_tasks_LeadUnitId_DueDate" ON "task_tasks" ("LeadUnitId", "DueDate");

CREATE INDEX "IX_task_tasks_LeadUnitId_ReceivedOn" ON "task_tasks" ("LeadUnitId", "ReceivedOn");

CREATE INDEX "IX_task_tasks_LeadUserId" ON "task_tasks" ("LeadUserId");

CREATE INDEX "IX_task_tasks_ParentTaskId" ON "task_tasks" ("ParentTaskId");

CREATE UNIQUE INDEX "IX_task_tasks_RecurringDutyId_PeriodKey" ON "task_tasks" ("RecurringDutyId", "PeriodKey");

CREATE INDEX "IX_task_tasks_SourceDocumentId_ClauseRef" ON "task_tasks" ("SourceDocumentId", "ClauseRef");
