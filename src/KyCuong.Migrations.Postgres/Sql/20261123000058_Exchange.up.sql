-- edXML exchange (docs/domain.md "edXML exchange", QCVN 102:2016/BTTTT): documents sent and received by agency code, the status each
-- reached at its recipient, and the timeline of status messages. One envelope (sender code, document id, recipient) once per side.

CREATE TABLE exch_messages (
    "Id" uuid NOT NULL,
    "Direction" character varying(10) NOT NULL,
    "UnitId" uuid NOT NULL,
    "DocumentId" uuid NOT NULL,
    "EnvelopeId" character varying(100) NOT NULL,
    "FromCode" character varying(50) NOT NULL,
    "FromName" character varying(300) NOT NULL,
    "ToCode" character varying(50) NOT NULL,
    "ToName" character varying(300) NOT NULL,
    "NumberSymbol" character varying(100),
    "Subject" character varying(2000) NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Envelope" bytea,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    "CreatedByUserId" uuid,
    CONSTRAINT "PK_exch_messages" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_exch_messages_Direction_FromCode_EnvelopeId_ToCode" ON exch_messages ("Direction", "FromCode", "EnvelopeId", "ToCode");
CREATE INDEX "IX_exch_messages_UnitId_CreatedAtUtc" ON exch_messages ("UnitId", "CreatedAtUtc");
CREATE INDEX "IX_exch_messages_Direction_Status" ON exch_messages ("Direction", "Status");

CREATE TABLE exch_events (
    "Id" uuid NOT NULL,
    "MessageId" uuid NOT NULL,
    "Status" character varying(20) NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "Note" character varying(1000),
    "Payload" bytea,
    CONSTRAINT "PK_exch_events" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_exch_events_exch_messages_MessageId" FOREIGN KEY ("MessageId") REFERENCES exch_messages ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_exch_events_MessageId_Status" ON exch_events ("MessageId", "Status");
