CREATE TABLE sys_outbox (
    "Id" uuid NOT NULL,
    "IdempotencyKey" character varying(200) NOT NULL,
    "Topic" character varying(60) NOT NULL,
    "PayloadJson" text NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "AvailableAtUtc" timestamp with time zone NOT NULL,
    "Attempts" integer NOT NULL,
    "LastError" character varying(2000),
    "ProcessedAtUtc" timestamp with time zone,
    "FailedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_sys_outbox" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_sys_outbox_IdempotencyKey" ON sys_outbox ("IdempotencyKey");

CREATE INDEX "IX_sys_outbox_ProcessedAtUtc_FailedAtUtc_AvailableAtUtc" ON sys_outbox ("ProcessedAtUtc", "FailedAtUtc", "AvailableAtUtc");
