-- edXML exchange (docs/domain.md "edXML exchange", QCVN 102:2016/BTTTT): documents sent and received by agency code, the status each
-- reached at its recipient, and the timeline of status messages. One envelope (sender code, document id, recipient) once per side.

CREATE TABLE "exch_messages" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_exch_messages" PRIMARY KEY,
    "Direction" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "DocumentId" TEXT NOT NULL,
    "EnvelopeId" TEXT NOT NULL,
    "FromCode" TEXT NOT NULL,
    "FromName" TEXT NOT NULL,
    "ToCode" TEXT NOT NULL,
    "ToName" TEXT NOT NULL,
    "NumberSymbol" TEXT NULL,
    "Subject" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Envelope" BLOB NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NULL
);

CREATE UNIQUE INDEX "IX_exch_messages_Direction_FromCode_EnvelopeId_ToCode" ON "exch_messages" ("Direction", "FromCode", "EnvelopeId", "ToCode");
CREATE INDEX "IX_exch_messages_UnitId_CreatedAtUtc" ON "exch_messages" ("UnitId", "CreatedAtUtc");
CREATE INDEX "IX_exch_messages_Direction_Status" ON "exch_messages" ("Direction", "Status");

CREATE TABLE "exch_events" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_exch_events" PRIMARY KEY,
    "MessageId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Payload" BLOB NULL,
    CONSTRAINT "FK_exch_events_exch_messages_MessageId" FOREIGN KEY ("MessageId") REFERENCES "exch_messages" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_exch_events_MessageId_Status" ON "exch_events" ("MessageId", "Status");
