-- Acknowledgement of directives (docs/domain.md "Acknowledgement of directives"): "quán triệt đến từng cán bộ, công chức".
CREATE TABLE "doc_ack_campaigns" (
    "DocumentId" TEXT NOT NULL CONSTRAINT "PK_doc_ack_campaigns" PRIMARY KEY,
    "RequiredAtUtc" TEXT NOT NULL,
    "RequiredByUserId" TEXT NULL,
    CONSTRAINT "FK_doc_ack_campaigns_doc_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "doc_documents" ("Id") ON DELETE CASCADE
);

CREATE TABLE "doc_ack_units" (
    "DocumentId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    CONSTRAINT "PK_doc_ack_units" PRIMARY KEY ("DocumentId", "UnitId"),
    CONSTRAINT "FK_doc_ack_units_doc_ack_campaigns_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "doc_ack_campaigns" ("DocumentId") ON DELETE CASCADE
);

CREATE INDEX "IX_doc_ack_units_UnitId" ON "doc_ack_units" ("UnitId");

CREATE TABLE "doc_acknowledgements" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_doc_acknowledgements" PRIMARY KEY,
    "DocumentId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "Commitment" TEXT NULL,
    CONSTRAINT "FK_doc_acknowledgements_doc_ack_campaigns_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "doc_ack_campaigns" ("DocumentId") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_doc_acknowledgements_DocumentId_UserId" ON "doc_acknowledgements" ("DocumentId", "UserId");

CREATE INDEX "IX_doc_acknowledgements_UserId" ON "doc_acknowledgements" ("UserId");

CREATE TABLE "doc_ack_reminders" (
    "DocumentId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "On" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    CONSTRAINT "PK_doc_ack_reminders" PRIMARY KEY ("DocumentId", "UserId", "On"),
    CONSTRAINT "FK_doc_ack_reminders_doc_ack_campaigns_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "doc_ack_campaigns" ("DocumentId") ON DELETE CASCADE
);
