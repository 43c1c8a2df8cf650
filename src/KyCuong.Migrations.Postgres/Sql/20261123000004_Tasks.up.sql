-- Tasks (docs/domain.md §6): tasks, coordinators, routings (returns, re-routings), hand-offs, extensions, recurring duties.
-- Generated from the EF model (AppDbContext.Tasks.cs) and kept by hand (ADR 0002).

CREATE TABLE task_tasks (
    "Id" uuid NOT NULL,
    "Title" character varying(1000) NOT NULL,
    "Description" character varying(8000),
    "SourceDocumentId" uuid,
    "ClauseRef" character varying(40),
    "ParentTaskId" uuid,
    "AssignerUnitId" uuid NOT NULL,
    "AssignedByUserId" uuid,
    "LeadUnitId" uuid NOT NULL,
    "LeadUserId" uuid,
    "CurrentHolderUserId" uuid,
    "ReceivedOn" date NOT NULL,
    "AssignedAtUtc" timestamp with time zone NOT NULL,
    "DueDate" date,
    "OriginalDueDate" date,
    "WorkingDays" integer,
    "State" character varying(20) NOT NULL,
    "CompletedOn" date,
    "CompletedAtUtc" timestamp with time zone,
    "Result" character varying(8000),
    "ResultDocumentId" uuid,
    "ProgressPercent" integer,
    "LastProgressNote" character varying(4000),
    "LastProgressAtUtc" timestamp with time zone,
    "ReturnCount" integer NOT NULL,
    "RerouteCount" integer NOT NULL,
    "ExtensionCount" integer NOT NULL,
    "ReopenCount" integer NOT NULL,
    "Bounced" boolean NOT NULL,
    "RecurringDutyId" uuid,
    "PeriodKey" character varying(20),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_task_tasks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_task_tasks_task_tasks_ParentTaskId" FOREIGN KEY ("ParentTaskId") REFERENCES task_tasks ("Id") ON DELETE RESTRICT
);

CREATE TABLE task_coordinators (
    "TaskId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    CONSTRAINT "PK_task_coordinators" PRIMARY KEY ("TaskId", "UnitId"),
    CONSTRAINT "FK_task_coordinators_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES task_tasks ("Id") ON DELETE CASCADE
);

CREATE TABLE task_extensions (
    "Id" uuid NOT NULL,
    "TaskId" uuid NOT NULL,
    "RequestedByUserId" uuid,
    "RequestedAtUtc" timestamp with time zone NOT NULL,
    "Reason" character varying(2000) NOT NULL,
    "PreviousDueDate" date NOT NULL,
    "RequestedDueDate" date NOT NULL,
    "State" character varying(20) NOT NULL,
    "DecidedByUserId" uuid,
    "DecidedAtUtc" timestamp with time zone,
    "DecisionNote" character varying(2000),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_task_extensions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_task_extensions_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES task_tasks ("Id") ON DELETE CASCADE
);

CREATE TABLE task_handoffs (
    "Id" uuid NOT NULL,
    "TaskId" uuid NOT NULL,
    "FromUserId" uuid,
    "ToUserId" uuid NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "StepDueDate" date,
    "Note" character varying(2000),
    "EndedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_task_handoffs" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_task_handoffs_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES task_tasks ("Id") ON DELETE CASCADE
);

CREATE TABLE task_recurring_duties (
    "Id" uuid NOT NULL,
    "StandingTaskId" uuid NOT NULL,
    "Title" character varying(1000) NOT NULL,
    "Phrase" character varying(200) NOT NULL,
    "Cadence" integer NOT NULL,
    "AssignerUnitId" uuid NOT NULL,
    "LeadUnitId" uuid NOT NULL,
    "StartsOn" date NOT NULL,
    "EndsOn" date,
    "Active" boolean NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_task_recurring_duties" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_task_recurring_duties_task_tasks_StandingTaskId" FOREIGN KEY ("StandingTaskId") REFERENCES task_tasks ("Id") ON DELETE CASCADE
);

CREATE TABLE task_routings (
    "Id" uuid NOT NULL,
    "TaskId" uuid NOT NULL,
    "Sequence" integer NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "UnitId" uuid NOT NULL,
    "ByUserId" uuid,
    "AtUtc" timestamp with time zone NOT NULL,
    "Reason" character varying(2000),
    "SuggestedUnitId" uuid,
    CONSTRAINT "PK_task_routings" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_task_routings_task_tasks_TaskId" FOREIGN KEY ("TaskId") REFERENCES task_tasks ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_task_coordinators_UnitId" ON task_coordinators ("UnitId");

CREATE INDEX "IX_task_extensions_TaskId_State" ON task_extensions ("TaskId", "State");

CREATE INDEX "IX_task_handoffs_TaskId" ON task_handoffs ("TaskId");

CREATE INDEX "IX_task_handoffs_ToUserId" ON task_handoffs ("ToUserId");

CREATE INDEX "IX_task_recurring_duties_Active" ON task_recurring_duties ("Active");

CREATE INDEX "IX_task_recurring_duties_StandingTaskId" ON task_recurring_duties ("StandingTaskId");

CREATE UNIQUE INDEX "IX_task_routings_TaskId_Sequence" ON task_routings ("TaskId", "Sequence");

CREATE INDEX "IX_task_routings_UnitId_Kind" ON task_routings ("UnitId", "Kind");

CREATE INDEX "IX_task_tasks_AssignerUnitId" ON task_tasks ("AssignerUnitId");

CREATE INDEX "IX_task_tasks_CurrentHolderUserId" ON task_tasks ("CurrentHolderUserId");

CREATE INDEX "IX_task_tasks_LeadUnitId_CompletedOn_DueDate" ON task_tasks ("LeadUnitId", "CompletedOn", "DueDate");

CREATE INDEX "IX_task_tasks_LeadUnitId_DueDate" ON task_tasks ("LeadUnitId", "DueDate");

CREATE INDEX "IX_task_tasks_LeadUnitId_ReceivedOn" ON task_tasks ("LeadUnitId", "ReceivedOn");

CREATE INDEX "IX_task_tasks_LeadUserId" ON task_tasks ("LeadUserId");

CREATE INDEX "IX_task_tasks_ParentTaskId" ON task_tasks ("ParentTaskId");

CREATE UNIQUE INDEX "IX_task_tasks_RecurringDutyId_PeriodKey" ON task_tasks ("RecurringDutyId", "PeriodKey");

CREATE INDEX "IX_task_tasks_SourceDocumentId_ClauseRef" ON task_tasks ("SourceDocumentId", "ClauseRef");
