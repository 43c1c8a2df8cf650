-- Checks of official duties by the managing body (docs/domain.md "Checks of official duties"): the check, its checked units,
-- team, topics, working record, explanations and required remedies (each carried by a task of the Tasks module).

CREATE TABLE "insp_inspections" (
    "Id" uuid NOT NULL,
    "Title" character varying(500) NOT NULL,
    "OrderingUnitId" uuid NOT NULL,
    "Surprise" boolean NOT NULL,
    "PlannedStart" date NOT NULL,
    "Status" character varying(30) NOT NULL,
    "CreatedByUserId" uuid,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "StartedAtUtc" timestamp with time zone,
    "StartedByUserId" uuid,
    "Conclusion" character varying(16000),
    "ConcludedAtUtc" timestamp with time zone,
    "ConcludedByUserId" uuid,
    "ConcludedOn" date,
    "ClosedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_insp_inspections" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_insp_inspections_OrderingUnitId_CreatedAtUtc" ON "insp_inspections" ("OrderingUnitId", "CreatedAtUtc");

CREATE TABLE "insp_checked_units" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    CONSTRAINT "PK_insp_checked_units" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_insp_checked_units_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_insp_checked_units_InspectionId_UnitId" ON "insp_checked_units" ("InspectionId", "UnitId");
CREATE INDEX "IX_insp_checked_units_UnitId" ON "insp_checked_units" ("UnitId");

CREATE TABLE "insp_team_members" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    CONSTRAINT "PK_insp_team_members" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_insp_team_members_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_insp_team_members_InspectionId_UserId" ON "insp_team_members" ("InspectionId", "UserId");
CREATE INDEX "IX_insp_team_members_UserId" ON "insp_team_members" ("UserId");

CREATE TABLE "insp_topics" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Text" character varying(500) NOT NULL,
    CONSTRAINT "PK_insp_topics" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_insp_topics_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_topics_InspectionId" ON "insp_topics" ("InspectionId");

CREATE TABLE "insp_findings" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "Topic" character varying(500),
    "Text" character varying(8000) NOT NULL,
    "RecordedAtUtc" timestamp with time zone NOT NULL,
    "RecordedByUserId" uuid,
    CONSTRAINT "PK_insp_findings" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_insp_findings_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_findings_InspectionId" ON "insp_findings" ("InspectionId");

CREATE TABLE "insp_explanations" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "Text" character varying(8000) NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "ByUserId" uuid,
    CONSTRAINT "PK_insp_explanations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_insp_explanations_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_insp_explanations_InspectionId_UnitId" ON "insp_explanations" ("InspectionId", "UnitId");

CREATE TABLE "insp_remedies" (
    "Id" uuid NOT NULL,
    "InspectionId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "Text" character varying(4000) NOT NULL,
    "WorkingDays" integer NOT NULL,
    "DueDate" date,
    "TaskId" uuid,
    "Verification" character varying(20) NOT NULL,
    "VerificationNote" character varying(4000),
    "VerifiedAtUtc" timestamp with time zone,
    "VerifiedByUserId" uuid,
    CONSTRAINT "PK_insp_remedies" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_insp_remedies_insp_inspections_InspectionId" FOREIGN KEY ("InspectionId") REFERENCES "insp_inspections" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_insp_remedies_InspectionId" ON "insp_remedies" ("InspectionId");
CREATE INDEX "IX_insp_remedies_UnitId_Verification" ON "insp_remedies" ("UnitId", "Verification");
