-- The person's self-assessment per period (Nghị định 335/2025), editable until a grading of the period covers them.
CREATE TABLE eval_self_assessments (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "PeriodKey" character varying(10) NOT NULL,
    "Text" character varying(8000) NOT NULL,
    "ProposedGrade" character varying(20) NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_eval_self_assessments" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_eval_self_assessments_UserId_PeriodKey" ON eval_self_assessments ("UserId", "PeriodKey");

-- Each saved grading of a unit for a period is a new version; the minutes keep the figures at saving.
CREATE TABLE eval_grading_decisions (
    "Id" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "PeriodKey" character varying(10) NOT NULL,
    "Version" integer NOT NULL,
    "SavedByUserId" uuid,
    "SavedByName" character varying(200) NOT NULL,
    "SavedAtUtc" timestamp with time zone NOT NULL,
    "OutstandingBody" boolean NOT NULL,
    "UnitGrade" character varying(20),
    "MaxExcellent" integer NOT NULL,
    "Note" character varying(4000),
    CONSTRAINT "PK_eval_grading_decisions" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_eval_grading_decisions_UnitId_PeriodKey_Version" ON eval_grading_decisions ("UnitId", "PeriodKey", "Version");

CREATE TABLE eval_grading_entries (
    "Id" uuid NOT NULL,
    "DecisionId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Title" character varying(200) NOT NULL,
    "Head" boolean NOT NULL,
    "Total" numeric(7,2),
    "ProposedGrade" character varying(20),
    "SelfGrade" character varying(20),
    "FinalGrade" character varying(20),
    "ForcedReason" character varying(1000),
    CONSTRAINT "PK_eval_grading_entries" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_eval_grading_entries_eval_grading_decisions_DecisionId" FOREIGN KEY ("DecisionId") REFERENCES eval_grading_decisions ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_eval_grading_entries_DecisionId" ON eval_grading_entries ("DecisionId");

CREATE INDEX "IX_eval_grading_entries_UserId" ON eval_grading_entries ("UserId");
