CREATE TABLE "sub_submissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_sub_submissions" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "SubmitterUnitId" TEXT NOT NULL,
    "ToUnitId" TEXT NOT NULL,
    "MatterCode" TEXT NULL,
    "LegalBasis" TEXT NOT NULL,
    "Competence" TEXT NOT NULL,
    "SubmitterView" TEXT NOT NULL,
    "Recommendation" TEXT NOT NULL,
    "OptionsJson" TEXT NOT NULL,
    "ChosenOptionIndex" INTEGER NULL,
    "ChoiceReason" TEXT NULL,
    "ConsultationId" TEXT NULL,
    "ConsultationSnapshotJson" TEXT NULL,
    "OwnCompetence" INTEGER NOT NULL,
    "OwnCompetenceEntryId" TEXT NULL,
    "Status" TEXT NOT NULL,
    "CreatedByUserId" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "FirstSubmittedAtUtc" TEXT NULL,
    "ClosedAtUtc" TEXT NULL,
    "ReturnCount" INTEGER NOT NULL
);

CREATE TABLE "sub_events" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_sub_events" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "ReturnReason" TEXT NULL,
    "Note" TEXT NULL,
    "CatalogueEntryId" TEXT NULL,
    CONSTRAINT "FK_sub_events_sub_submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "sub_submissions" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_sub_events_SubmissionId_Sequence" ON "sub_events" ("SubmissionId", "Sequence");

CREATE INDEX "IX_sub_submissions_SubmitterUnitId" ON "sub_submissions" ("SubmitterUnitId");

CREATE INDEX "IX_sub_submissions_ToUnitId_Status" ON "sub_submissions" ("ToUnitId", "Status");

ALTER TABLE "task_routings" ADD "CatalogueEntryId" TEXT NULL;
