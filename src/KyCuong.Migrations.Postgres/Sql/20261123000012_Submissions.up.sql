CREATE TABLE sub_submissions (
    "Id" uuid NOT NULL,
    "Title" character varying(500) NOT NULL,
    "SubmitterUnitId" uuid NOT NULL,
    "ToUnitId" uuid NOT NULL,
    "MatterCode" character varying(100),
    "LegalBasis" character varying(4000) NOT NULL,
    "Competence" character varying(4000) NOT NULL,
    "SubmitterView" character varying(8000) NOT NULL,
    "Recommendation" character varying(8000) NOT NULL,
    "OptionsJson" text NOT NULL,
    "ChosenOptionIndex" integer,
    "ChoiceReason" character varying(4000),
    "ConsultationId" uuid,
    "ConsultationSnapshotJson" text,
    "OwnCompetence" boolean NOT NULL,
    "OwnCompetenceEntryId" uuid,
    "Status" character varying(20) NOT NULL,
    "CreatedByUserId" uuid NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "FirstSubmittedAtUtc" timestamp with time zone,
    "ClosedAtUtc" timestamp with time zone,
    "ReturnCount" integer NOT NULL,
    CONSTRAINT "PK_sub_submissions" PRIMARY KEY ("Id")
);

CREATE TABLE sub_events (
    "Id" uuid NOT NULL,
    "SubmissionId" uuid NOT NULL,
    "Sequence" integer NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "ByUserId" uuid,
    "ReturnReason" character varying(20),
    "Note" character varying(4000),
    "CatalogueEntryId" uuid,
    CONSTRAINT "PK_sub_events" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_sub_events_sub_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES sub_submissions ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_sub_events_SubmissionId_Sequence" ON sub_events ("SubmissionId", "Sequence");

CREATE INDEX "IX_sub_submissions_SubmitterUnitId" ON sub_submissions ("SubmitterUnitId");

CREATE INDEX "IX_sub_submissions_ToUnitId_Status" ON sub_submissions ("ToUnitId", "Status");

ALTER TABLE task_routings ADD "CatalogueEntryId" uuid;
