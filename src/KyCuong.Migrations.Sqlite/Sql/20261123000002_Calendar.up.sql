CREATE TABLE "cal_deadlines" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_cal_deadlines" PRIMARY KEY,
    "OwnerType" TEXT NOT NULL,
    "OwnerId" TEXT NOT NULL,
    "TriggerDate" TEXT NOT NULL,
    "WorkingDays" INTEGER NOT NULL,
    "DueDate" TEXT NOT NULL,
    "CalendarVersion" INTEGER NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "cal_holiday_rules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_cal_holiday_rules" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Month" INTEGER NOT NULL,
    "Day" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "FirstYear" INTEGER NOT NULL,
    "LastYear" INTEGER NULL,
    "LegalBasis" TEXT NOT NULL,
    "CalendarVersion" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NOT NULL
);

CREATE TABLE "cal_state" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_cal_state" PRIMARY KEY,
    "Version" INTEGER NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "cal_year_decisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_cal_year_decisions" PRIMARY KEY,
    "Year" INTEGER NOT NULL,
    "Source" TEXT NOT NULL,
    "DecisionJson" TEXT NOT NULL,
    "CalendarVersion" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "UpdatedBy" TEXT NOT NULL
);

CREATE INDEX "IX_cal_deadlines_DueDate" ON "cal_deadlines" ("DueDate");

CREATE UNIQUE INDEX "IX_cal_deadlines_OwnerType_OwnerId" ON "cal_deadlines" ("OwnerType", "OwnerId");

CREATE UNIQUE INDEX "IX_cal_year_decisions_Year" ON "cal_year_decisions" ("Year");
