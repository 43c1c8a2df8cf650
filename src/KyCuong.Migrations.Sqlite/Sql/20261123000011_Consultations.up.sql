CREATE TABLE "csl_consultations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_csl_consultations" PRIMARY KEY,
    "Subject" TEXT NOT NULL,
    "Proposal" TEXT NOT NULL,
    "RequesterUnitId" TEXT NOT NULL,
    "RequestedByUserId" TEXT NULL,
    "MatterCode" TEXT NULL,
    "TaskId" TEXT NULL,
    "RequestedOn" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "WorkingDays" INTEGER NULL,
    "DeadlineHandledAtUtc" TEXT NULL
);

CREATE TABLE "csl_attachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_csl_attachments" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_csl_attachments_csl_consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "csl_consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "csl_marks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_csl_marks" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "HeadUserId" TEXT NULL,
    "HeadName" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_csl_marks_csl_consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "csl_consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "csl_notices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_csl_notices" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "ToUnitId" TEXT NOT NULL,
    "IssuerSuperiorName" TEXT NOT NULL,
    "IssuerName" TEXT NOT NULL,
    "DocumentType" TEXT NOT NULL,
    "Symbol" TEXT NOT NULL,
    "PlaceAndDate" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Recipients" TEXT NOT NULL,
    "SignerPosition" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_csl_notices_csl_consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "csl_consultations" ("Id") ON DELETE CASCADE
);

CREATE TABLE "csl_participants" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_csl_participants" PRIMARY KEY,
    "ConsultationId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Reasoning" TEXT NULL,
    "RespondedAtUtc" TEXT NULL,
    "RespondedByUserId" TEXT NULL,
    "GenericAnswer" INTEGER NOT NULL,
    "GenericReason" TEXT NULL,
    "DelayReason" TEXT NULL,
    "DelayNotifiedAtUtc" TEXT NULL,
    "DeemedAtUtc" TEXT NULL,
    "LateStance" TEXT NULL,
    "LateReasoning" TEXT NULL,
    "LateRespondedAtUtc" TEXT NULL,
    "CompetenceWarning" INTEGER NOT NULL,
    "AcknowledgementReason" TEXT NULL,
    "Resolution" TEXT NOT NULL,
    "ResolutionNote" TEXT NULL,
    "ResolutionDate" TEXT NULL,
    "ResolvedAtUtc" TEXT NULL,
    "ResolvedByUserId" TEXT NULL,
    CONSTRAINT "FK_csl_participants_csl_consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES "csl_consultations" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_csl_attachments_ConsultationId" ON "csl_attachments" ("ConsultationId");

CREATE INDEX "IX_csl_consultations_DueDate_DeadlineHandledAtUtc" ON "csl_consultations" ("DueDate", "DeadlineHandledAtUtc");

CREATE INDEX "IX_csl_consultations_RequesterUnitId" ON "csl_consultations" ("RequesterUnitId");

CREATE UNIQUE INDEX "IX_csl_marks_ConsultationId_UnitId" ON "csl_marks" ("ConsultationId", "UnitId");

CREATE INDEX "IX_csl_marks_UnitId" ON "csl_marks" ("UnitId");

CREATE UNIQUE INDEX "IX_csl_notices_ConsultationId_Kind_ToUnitId" ON "csl_notices" ("ConsultationId", "Kind", "ToUnitId");

CREATE UNIQUE INDEX "IX_csl_participants_ConsultationId_UnitId" ON "csl_participants" ("ConsultationId", "UnitId");

CREATE INDEX "IX_csl_participants_UnitId_Outcome" ON "csl_participants" ("UnitId", "Outcome");
