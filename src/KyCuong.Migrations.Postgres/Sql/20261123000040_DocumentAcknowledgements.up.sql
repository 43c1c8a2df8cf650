-- Acknowledgement of directives (docs/domain.md "Acknowledgement of directives"): "quán triệt đến từng cán bộ, công chức".
CREATE TABLE doc_ack_campaigns (
    "DocumentId" uuid NOT NULL,
    "RequiredAtUtc" timestamp with time zone NOT NULL,
    "RequiredByUserId" uuid,
    CONSTRAINT "PK_doc_ack_campaigns" PRIMARY KEY ("DocumentId"),
    CONSTRAINT "FK_doc_ack_campaigns_doc_documents_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES doc_documents ("Id") ON DELETE CASCADE
);

CREATE TABLE doc_ack_units (
    "DocumentId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    CONSTRAINT "PK_doc_ack_units" PRIMARY KEY ("DocumentId", "UnitId"),
    CONSTRAINT "FK_doc_ack_units_doc_ack_campaigns_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES doc_ack_campaigns ("DocumentId") ON DELETE CASCADE
);

CREATE INDEX "IX_doc_ack_units_UnitId" ON doc_ack_units ("UnitId");

CREATE TABLE doc_acknowledgements (
    "Id" uuid NOT NULL,
    "DocumentId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "Commitment" character varying(500),
    CONSTRAINT "PK_doc_acknowledgements" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_doc_acknowledgements_doc_ack_campaigns_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES doc_ack_campaigns ("DocumentId") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_doc_acknowledgements_DocumentId_UserId" ON doc_acknowledgements ("DocumentId", "UserId");

CREATE INDEX "IX_doc_acknowledgements_UserId" ON doc_acknowledgements ("UserId");

CREATE TABLE doc_ack_reminders (
    "DocumentId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "On" date NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "ByUserId" uuid,
    CONSTRAINT "PK_doc_ack_reminders" PRIMARY KEY ("DocumentId", "UserId", "On"),
    CONSTRAINT "FK_doc_ack_reminders_doc_ack_campaigns_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES doc_ack_campaigns ("DocumentId") ON DELETE CASCADE
);
