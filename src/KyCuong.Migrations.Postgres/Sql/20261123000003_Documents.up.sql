CREATE TABLE doc_counters (
    "UnitId" uuid NOT NULL,
    "Series" character varying(20) NOT NULL,
    "Year" integer NOT NULL,
    "Value" integer NOT NULL,
    CONSTRAINT "PK_doc_counters" PRIMARY KEY ("UnitId", "Series", "Year")
);

CREATE TABLE doc_documents (
    "Id" uuid NOT NULL,
    "Direction" character varying(20) NOT NULL,
    "RegisteringUnitId" uuid NOT NULL,
    "IssuerName" character varying(300) NOT NULL,
    "IssuerUnitId" uuid,
    "IssuerKey" character varying(300) NOT NULL,
    "NumberSymbol" character varying(100),
    "Number" integer,
    "Type" character varying(100),
    "Place" character varying(100),
    "Date" date,
    "Year" integer NOT NULL,
    "Subject" character varying(2000) NOT NULL,
    "Urgency" integer NOT NULL,
    "Secrecy" integer NOT NULL,
    "Signer" character varying(200),
    "SigningForm" character varying(300),
    "Recipients" character varying(4000),
    "Distribution" character varying(4000),
    "FullText" text,
    "ExtractionJson" text,
    "ArrivalNumber" integer,
    "ReceivedOn" date,
    "Series" character varying(20) NOT NULL,
    "HandledBy" character varying(300),
    "Note" character varying(1000),
    "ImplementsTaskId" uuid,
    "PresentDueDate" date,
    "PresentedAtUtc" timestamp with time zone,
    "PresentedByUserId" uuid,
    "DirectedAtUtc" timestamp with time zone,
    "DirectedByUserId" uuid,
    "LeadUnitId" uuid,
    "LeadUserId" uuid,
    "CoordinatingUnitIds" character varying(2000),
    "DirectionDueDate" date,
    "DirectionWorkingDays" integer,
    "DirectionNote" character varying(2000),
    "SearchText" character varying(3000) NOT NULL,
    "RegisteredAtUtc" timestamp with time zone NOT NULL,
    "RegisteredByUserId" uuid,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_doc_documents" PRIMARY KEY ("Id")
);

CREATE TABLE doc_attachments (
    "Id" uuid NOT NULL,
    "DocumentId" uuid NOT NULL,
    "FileName" character varying(260) NOT NULL,
    "ContentType" character varying(150) NOT NULL,
    "Size" bigint NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Content" bytea NOT NULL,
    "UploadedAtUtc" timestamp with time zone NOT NULL,
    "UploadedByUserId" uuid,
    CONSTRAINT "PK_doc_attachments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_doc_attachments_doc_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES doc_documents ("Id") ON DELETE CASCADE
);

CREATE TABLE doc_document_tasks (
    "Id" uuid NOT NULL,
    "DocumentId" uuid NOT NULL,
    "TaskId" uuid NOT NULL,
    "ClauseRef" character varying(40),
    "Title" character varying(500) NOT NULL,
    "LeadUnitId" uuid NOT NULL,
    "DueDate" date,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_doc_document_tasks" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_doc_document_tasks_doc_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES doc_documents ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_doc_attachments_DocumentId" ON doc_attachments ("DocumentId");

CREATE INDEX "IX_doc_document_tasks_DocumentId" ON doc_document_tasks ("DocumentId");

CREATE UNIQUE INDEX "IX_doc_document_tasks_TaskId" ON doc_document_tasks ("TaskId");

CREATE INDEX "IX_doc_documents_Direction_Year" ON doc_documents ("Direction", "Year");

CREATE INDEX "IX_doc_documents_ImplementsTaskId" ON doc_documents ("ImplementsTaskId");

CREATE INDEX "IX_doc_documents_LeadUnitId" ON doc_documents ("LeadUnitId");

CREATE UNIQUE INDEX "IX_doc_documents_RegisteringUnitId_IssuerKey_Year_Series_Numbe~" ON doc_documents ("RegisteringUnitId", "IssuerKey", "Year", "Series", "NumberSymbol");

CREATE UNIQUE INDEX "IX_doc_documents_RegisteringUnitId_Year_ArrivalNumber" ON doc_documents ("RegisteringUnitId", "Year", "ArrivalNumber");
