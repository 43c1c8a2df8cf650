CREATE TABLE "doc_counters" (
    "UnitId" TEXT NOT NULL,
    "Series" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Value" INTEGER NOT NULL,
    CONSTRAINT "PK_doc_counters" PRIMARY KEY ("UnitId", "Series", "Year")
);

CREATE TABLE "doc_documents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_doc_documents" PRIMARY KEY,
    "Direction" TEXT NOT NULL,
    "RegisteringUnitId" TEXT NOT NULL,
    "IssuerName" TEXT NOT NULL,
    "IssuerUnitId" TEXT NULL,
    "IssuerKey" TEXT NOT NULL,
    "NumberSymbol" TEXT NULL,
    "Number" INTEGER NULL,
    "Type" TEXT NULL,
    "Place" TEXT NULL,
    "Date" TEXT NULL,
    "Year" INTEGER NOT NULL,
    "Subject" TEXT NOT NULL,
    "Urgency" INTEGER NOT NULL,
    "Secrecy" INTEGER NOT NULL,
    "Signer" TEXT NULL,
    "SigningForm" TEXT NULL,
    "Recipients" TEXT NULL,
    "Distribution" TEXT NULL,
    "FullText" TEXT NULL,
    "ExtractionJson" TEXT NULL,
    "ArrivalNumber" INTEGER NULL,
    "ReceivedOn" TEXT NULL,
    "Series" TEXT NOT NULL,
    "HandledBy" TEXT NULL,
    "Note" TEXT NULL,
    "ImplementsTaskId" TEXT NULL,
    "PresentDueDate" TEXT NULL,
    "PresentedAtUtc" TEXT NULL,
    "PresentedByUserId" TEXT NULL,
    "DirectedAtUtc" TEXT NULL,
    "DirectedByUserId" TEXT NULL,
    "LeadUnitId" TEXT NULL,
    "LeadUserId" TEXT NULL,
    "CoordinatingUnitIds" TEXT NULL,
    "DirectionDueDate" TEXT NULL,
    "DirectionWorkingDays" INTEGER NULL,
    "DirectionNote" TEXT NULL,
    "SearchText" TEXT NOT NULL,
    "RegisteredAtUtc" TEXT NOT NULL,
    "RegisteredByUserId" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "doc_attachments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_doc_attachments" PRIMARY KEY,
    "DocumentId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "ContentType" TEXT NOT NULL,
    "Size" INTEGER NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Content" BLOB NOT NULL,
    "UploadedAtUtc" TEXT NOT NULL,
    "UploadedByUserId" TEXT NULL,
    CONSTRAINT "FK_doc_attachments_doc_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "doc_documents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "doc_document_tasks" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_doc_document_tasks" PRIMARY KEY,
    "DocumentId" TEXT NOT NULL,
    "TaskId" TEXT NOT NULL,
    "ClauseRef" TEXT NULL,
    "Title" TEXT NOT NULL,
    "LeadUnitId" TEXT NOT NULL,
    "DueDate" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_doc_document_tasks_doc_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "doc_documents" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_doc_attachments_DocumentId" ON "doc_attachments" ("DocumentId");

CREATE INDEX "IX_doc_document_tasks_DocumentId" ON "doc_document_tasks" ("DocumentId");

CREATE UNIQUE INDEX "IX_doc_document_tasks_TaskId" ON "doc_document_tasks" ("TaskId");

CREATE INDEX "IX_doc_documents_Direction_Year" ON "doc_documents" ("Direction", "Year");

CREATE INDEX "IX_doc_documents_ImplementsTaskId" ON "doc_documents" ("ImplementsTaskId");

CREATE INDEX "IX_doc_documents_LeadUnitId" ON "doc_documents" ("LeadUnitId");

CREATE UNIQUE INDEX "IX_doc_documents_RegisteringUnitId_IssuerKey_Year_Series_NumberSymbol" ON "doc_documents" ("RegisteringUnitId", "IssuerKey", "Year", "Series", "NumberSymbol");

CREATE UNIQUE INDEX "IX_doc_documents_RegisteringUnitId_Year_ArrivalNumber" ON "doc_documents" ("RegisteringUnitId", "Year", "ArrivalNumber");
