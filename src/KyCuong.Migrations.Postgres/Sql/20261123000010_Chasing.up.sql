CREATE TABLE chs_flags (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "RaisedAtUtc" timestamp with time zone NOT NULL,
    "Count" integer NOT NULL,
    "Threshold" integer NOT NULL,
    "ClearedAtUtc" timestamp with time zone,
    "ClearedByUserId" uuid,
    "ClearReason" character varying(2000),
    CONSTRAINT "PK_chs_flags" PRIMARY KEY ("Id")
);

CREATE TABLE chs_ladders (
    "UnitId" uuid NOT NULL,
    "BeforeDays" character varying(100) NOT NULL,
    "OverdueEveryDays" integer NOT NULL,
    "EscalateHeadFromStep" integer NOT NULL,
    "EscalateMonitorFromStep" integer NOT NULL,
    "MonitoringOfficeUnitId" uuid,
    "PersonnelOfficeUnitId" uuid,
    "SendAtMinute" integer NOT NULL,
    "WorkStartMinute" integer NOT NULL,
    "WorkEndMinute" integer NOT NULL,
    "TransferThreshold" integer NOT NULL,
    "NearDueDays" integer NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    "UpdatedByUserId" uuid,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_chs_ladders" PRIMARY KEY ("UnitId")
);

CREATE TABLE chs_reminders (
    "Id" uuid NOT NULL,
    "TaskId" uuid NOT NULL,
    "Step" integer,
    "RecipientUserId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Counts" boolean NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "DueDate" date,
    "ByUserId" uuid,
    "Note" character varying(2000),
    CONSTRAINT "PK_chs_reminders" PRIMARY KEY ("Id")
);

CREATE TABLE chs_tallies (
    "UserId" uuid NOT NULL,
    "Total" integer NOT NULL,
    "SinceClear" integer NOT NULL,
    "FlaggedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_chs_tallies" PRIMARY KEY ("UserId")
);

CREATE TABLE chs_watches (
    "TaskId" uuid NOT NULL,
    "AnswerableUserId" uuid,
    "LeadUnitId" uuid NOT NULL,
    "AssignerUnitId" uuid NOT NULL,
    "DueDate" date NOT NULL,
    "NextStep" integer NOT NULL,
    "NextAtUtc" timestamp with time zone NOT NULL,
    "LastStep" integer,
    CONSTRAINT "PK_chs_watches" PRIMARY KEY ("TaskId")
);

CREATE INDEX "IX_chs_flags_UserId_RaisedAtUtc" ON chs_flags ("UserId", "RaisedAtUtc");

CREATE INDEX "IX_chs_reminders_RecipientUserId_AtUtc" ON chs_reminders ("RecipientUserId", "AtUtc");

CREATE UNIQUE INDEX "IX_chs_reminders_TaskId_Step_RecipientUserId" ON chs_reminders ("TaskId", "Step", "RecipientUserId");

CREATE INDEX "IX_chs_watches_NextAtUtc" ON chs_watches ("NextAtUtc");
