CREATE TABLE csl_consultations (
    "Id" uuid NOT NULL,
    "Subject" character varying(1000) NOT NULL,
    "Proposal" character varying(8000) NOT NULL,
    "RequesterUnitId" uuid NOT NULL,
    "RequestedByUserId" uuid,
    "MatterCode" character varying(100),
    "TaskId" uuid,
    "RequestedOn" date NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "DueDate" date NOT NULL,
    "WorkingDays" integer,
    "DeadlineHandledAtUtc" timestamp with time zone,
    CONSTRAINT "PK_csl_consultations" PRIMARY KEY ("Id")
);

CREATE TABLE csl_attachments (
    "Id" uuid NOT NULL,
    "ConsultationId" uuid NOT NULL,
    "FileName" character varying(255) NOT NULL,
    "ContentType" character varying(100) NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Content" bytea NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_csl_attachments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_csl_attachments_csl_consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES csl_consultations ("Id") ON DELETE CASCADE
);

CREATE TABLE csl_marks (
    "Id" uuid NOT NULL,
    "ConsultationId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "HeadUserId" uuid,
    "HeadName" character varying(200),
    "Reason" character varying(2000) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_csl_marks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_csl_marks_csl_consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES csl_consultations ("Id") ON DELETE CASCADE
);

CREATE TABLE csl_notices (
    "Id" uuid NOT NULL,
    "ConsultationId" uuid NOT NULL,
    "Kind" character varying(30) NOT NULL,
    "ToUnitId" uuid NOT NULL,
    "IssuerSuperiorName" character varying(300) NOT NULL,
    "IssuerName" character varying(300) NOT NULL,
    "DocumentType" character varying(50) NOT NULL,
    "Symbol" character varying(50) NOT NULL,
    "PlaceAndDate" character varying(200) NOT NULL,
    "Summary" character varying(1000) NOT NULL,
    "Body" character varying(16000) NOT NULL,
    "Recipients" character varying(2000) NOT NULL,
    "SignerPosition" character varying(200) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_csl_notices" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_csl_notices_csl_consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES csl_consultations ("Id") ON DELETE CASCADE
);

CREATE TABLE csl_participants (
    "Id" uuid NOT NULL,
    "ConsultationId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "Outcome" character varying(30) NOT NULL,
    "Reasoning" character varying(8000),
    "RespondedAtUtc" timestamp with time zone,
    "RespondedByUserId" uuid,
    "GenericAnswer" boolean NOT NULL,
    "GenericReason" character varying(200),
    "DelayReason" character varying(2000),
    "DelayNotifiedAtUtc" timestamp with time zone,
    "DeemedAtUtc" timestamp with time zone,
    "LateStance" character varying(30),
    "LateReasoning" character varying(8000),
    "LateRespondedAtUtc" timestamp with time zone,
    "CompetenceWarning" boolean NOT NULL,
    "AcknowledgementReason" character varying(2000),
    "Resolution" character varying(20) NOT NULL,
    "ResolutionNote" character varying(4000),
    "ResolutionDate" date,
    "ResolvedAtUtc" timestamp with time zone,
    "ResolvedByUserId" uuid,
    CONSTRAINT "PK_csl_participants" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_csl_participants_csl_consultations_ConsultationId" FOREIGN KEY ("ConsultationId") REFERENCES csl_consultations ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_csl_attachments_ConsultationId" ON csl_attachments ("ConsultationId");

CREATE INDEX "IX_csl_consultations_DueDate_DeadlineHandledAtUtc" ON csl_consultations ("DueDate", "DeadlineHandledAtUtc");

CREATE INDEX "IX_csl_consultations_RequesterUnitId" ON csl_consultations ("RequesterUnitId");

CREATE UNIQUE INDEX "IX_csl_marks_ConsultationId_UnitId" ON csl_marks ("ConsultationId", "UnitId");

CREATE INDEX "IX_csl_marks_UnitId" ON csl_marks ("UnitId");

CREATE UNIQUE INDEX "IX_csl_notices_ConsultationId_Kind_ToUnitId" ON csl_notices ("ConsultationId", "Kind", "ToUnitId");

CREATE UNIQUE INDEX "IX_csl_participants_ConsultationId_UnitId" ON csl_participants ("ConsultationId", "UnitId");

CREATE INDEX "IX_csl_participants_UnitId_Outcome" ON csl_participants ("UnitId", "Outcome");
