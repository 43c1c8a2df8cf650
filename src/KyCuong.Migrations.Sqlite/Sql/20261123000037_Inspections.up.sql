-- Checks of official duties by the managing body (docs/domain.md "Checks of official duties"): the check, its checked units,
-- team, topics, working record, explanations and required remedies (each carried by a task of the Tasks module).

CREATE TABLE "insp_inspections" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_inspections" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "OrderingUnitId" TEXT NOT NULL,
    "Surprise" INTEGER NOT NULL,
    "PlannedStart" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "CreatedByUserId" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "StartedAtUtc" TEXT NULL,
    "StartedByUserId" TEXT NULL,
    "Conclusion" TEXT NULL,
    "ConcludedAtUtc" TEXT NULL,
    "ConcludedByUserId" TEXT NULL,
    "ConcludedOn" TEXT NULL,
    "ClosedAtUtc" TEXT NULL
);

CREATE INDEX "IX_insp_inspections_OrderingUnitId_CreatedAtUtc" ON "insp_inspections" ("OrderingUnitId", "CreatedAtUtc");

CREATE TABLE "insp_checked_units" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_checked_units" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    CONSTRAINT "FK_insp_checked_units_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_insp_checked_units_InspectionId_UnitId" ON "insp_checked_units" ("InspectionId", "UnitId");
CREATE INDEX "IX_insp_checked_units_UnitId" ON "insp_checked_units" ("UnitId");

CREATE TABLE "insp_team_members" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_team_members" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "FK_insp_team_members_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_insp_team_members_InspectionId_UserId" ON "insp_team_members" ("InspectionId", "UserId");
CREATE INDEX "IX_insp_team_members_UserId" ON "insp_team_members" ("UserId");

CREATE TABLE "insp_topics" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_topics" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    CONSTRAINT "FK_insp_topics_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_topics_InspectionId" ON "insp_topics" ("InspectionId");

CREATE TABLE "insp_findings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_findings" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Topic" TEXT NULL,
    "Text" TEXT NOT NULL,
    "RecordedAtUtc" TEXT NOT NULL,
    "RecordedByUserId" TEXT NULL,
    CONSTRAINT "FK_insp_findings_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_findings_InspectionId" ON "insp_findings" ("InspectionId");

CREATE TABLE "insp_explanations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_explanations" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    CONSTRAINT "FK_insp_explanations_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_insp_explanations_InspectionId_UnitId" ON "insp_explanations" ("InspectionId", "UnitId");

CREATE TABLE "insp_remedies" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_insp_remedies" PRIMARY KEY,
    "InspectionId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "WorkingDays" INTEGER NOT NULL,
    "DueDate" TEXT NULL,
    "TaskId" TEXT NULL,
    "Verification" TEXT NOT NULL,
    "VerificationNote" TEXT NULL,
    "VerifiedAtUtc" TEXT NULL,
    "VerifiedByUserId" TEXT NULL,
    CONSTRAINT "FK_insp_remedies_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_remedies_InspectionId" ON "insp_remedies" ("InspectionId");
CREATE INDEX "IX_insp_remedies_UnitId_Verification" ON "insp_remedies" ("UnitId", "Verification");
