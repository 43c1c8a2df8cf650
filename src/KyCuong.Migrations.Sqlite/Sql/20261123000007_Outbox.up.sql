CREATE TABLE "sys_outbox" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_sys_outbox" PRIMARY KEY,
    "IdempotencyKey" TEXT NOT NULL,
    "Topic" TEXT NOT NULL,
    "PayloadJson" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "AvailableAtUtc" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "ProcessedAtUtc" TEXT NULL,
    "FailedAtUtc" TEXT NULL
);

CREATE UNIQUE INDEX "IX_sys_outbox_IdempotencyKey" ON "sys_outbox" ("IdempotencyKey");

CREATE INDEX "IX_sys_outbox_ProcessedAtUtc_FailedAtUtc_AvailableAtUtc" ON "sys_outbox" ("ProcessedAtUtc", "FailedAtUtc", "AvailableAtUtc");
