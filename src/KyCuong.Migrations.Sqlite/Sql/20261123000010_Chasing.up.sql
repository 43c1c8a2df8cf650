CREATE TABLE "chs_flags" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_chs_flags" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "RaisedAtUtc" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    "Threshold" INTEGER NOT NULL,
    "ClearedAtUtc" TEXT NULL,
    "ClearedByUserId" TEXT NULL,
    "ClearReason" TEXT NULL
);

CREATE TABLE "chs_ladders" (
    "UnitId" TEXT NOT NULL CONSTRAINT "PK_chs_ladders" PRIMARY KEY,
    "BeforeDays" TEXT NOT NULL,
    "OverdueEveryDays" INTEGER NOT NULL,
    "EscalateHeadFromStep" INTEGER NOT NULL,
    "EscalateMonitorFromStep" INTEGER NOT NULL,
    "MonitoringOfficeUnitId" TEXT NULL,
    "PersonnelOfficeUnitId" TEXT NULL,
    "SendAtMinute" INTEGER NOT NULL,
    "WorkStartMinute" INTEGER NOT NULL,
    "WorkEndMinute" INTEGER NOT NULL,
    "TransferThreshold" INTEGER NOT NULL,
    "NearDueDays" INTEGER NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "UpdatedByUserId" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "chs_reminders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_chs_reminders" PRIMARY KEY,
    "TaskId" TEXT NOT NULL,
    "Step" INTEGER NULL,
    "RecipientUserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Counts" INTEGER NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "DueDate" TEXT NULL,
    "ByUserId" TEXT NULL,
    "Note" TEXT NULL
);

CREATE TABLE "chs_tallies" (
    "UserId" TEXT NOT NULL CONSTRAINT "PK_chs_tallies" PRIMARY KEY,
    "Total" INTEGER NOT NULL,
    "SinceClear" INTEGER NOT NULL,
    "FlaggedAtUtc" TEXT NULL
);

CREATE TABLE "chs_watches" (
    "TaskId" TEXT NOT NULL CONSTRAINT "PK_chs_watches" PRIMARY KEY,
    "AnswerableUserId" TEXT NULL,
    "LeadUnitId" TEXT NOT NULL,
    "AssignerUnitId" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "NextStep" INTEGER NOT NULL,
    "NextAtUtc" TEXT NOT NULL,
    "LastStep" INTEGER NULL
);

CREATE INDEX "IX_chs_flags_UserId_RaisedAtUtc" ON "chs_flags" ("UserId", "RaisedAtUtc");

CREATE INDEX "IX_chs_reminders_RecipientUserId_AtUtc" ON "chs_reminders" ("RecipientUserId", "AtUtc");

CREATE UNIQUE INDEX "IX_chs_reminders_TaskId_Step_RecipientUserId" ON "chs_reminders" ("TaskId", "Step", "RecipientUserId");

CREATE INDEX "IX_chs_watches_NextAtUtc" ON "chs_watches" ("NextAtUtc");
