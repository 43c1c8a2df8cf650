-- The person's self-assessment per period (Nghị định 335/2025), editable until a grading of the period covers them.
CREATE TABLE "eval_self_assessments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_self_assessments" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "PeriodKey" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ProposedGrade" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_eval_self_assessments_UserId_PeriodKey" ON "eval_self_assessments" ("UserId", "PeriodKey");

-- Each saved grading of a unit for a period is a new version; the minutes keep the figures at saving.
CREATE TABLE "eval_grading_decisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_grading_decisions" PRIMARY KEY,
    "UnitId" TEXT NOT NULL,
    "PeriodKey" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "SavedByUserId" TEXT NULL,
    "SavedByName" TEXT NOT NULL,
    "SavedAtUtc" TEXT NOT NULL,
    "OutstandingBody" INTEGER NOT NULL,
    "UnitGrade" TEXT NULL,
    "MaxExcellent" INTEGER NOT NULL,
    "Note" TEXT NULL
);

CREATE UNIQUE INDEX "IX_eval_grading_decisions_UnitId_PeriodKey_Version" ON "eval_grading_decisions" ("UnitId", "PeriodKey", "Version");

CREATE TABLE "eval_grading_entries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_grading_entries" PRIMARY KEY,
    "DecisionId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Head" INTEGER NOT NULL,
    "Total" TEXT NULL,
    "ProposedGrade" TEXT NULL,
    "SelfGrade" TEXT NULL,
    "FinalGrade" TEXT NULL,
    "ForcedReason" TEXT NULL,
    CONSTRAINT "FK_eval_grading_entries_eval_grading_decisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES "eval_grading_decisions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_eval_grading_entries_DecisionId" ON "eval_grading_entries" ("DecisionId");

CREATE INDEX "IX_eval_grading_entries_UserId" ON "eval_grading_entries" ("UserId");
