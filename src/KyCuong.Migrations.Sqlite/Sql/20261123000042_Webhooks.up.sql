-- Webhooks (docs/domain.md "Webhooks"): subscriptions, deliveries, attempts and overdue marks.
CREATE TABLE "hook_subscriptions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_hook_subscriptions" PRIMARY KEY,
    "UnitId" TEXT NOT NULL,
    "Url" TEXT NOT NULL,
    "Events" TEXT NOT NULL,
    "Secret" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedByUserId" TEXT NULL,
    "ConsecutiveFailures" INTEGER NOT NULL,
    "DisabledAtUtc" TEXT NULL,
    "DisabledReason" TEXT NULL
);

CREATE INDEX "IX_hook_subscriptions_UnitId" ON "hook_subscriptions" ("UnitId");

CREATE TABLE "hook_deliveries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_hook_deliveries" PRIMARY KEY,
    "SubscriptionId" TEXT NOT NULL,
    "EventId" TEXT NOT NULL,
    "Event" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastStatusCode" INTEGER NULL,
    "LastError" TEXT NULL,
    "LastAttemptAtUtc" TEXT NULL,
    "DeliveredAtUtc" TEXT NULL,
    CONSTRAINT "FK_hook_deliveries_hook_subscriptions_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES "hook_subscriptions" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_hook_deliveries_SubscriptionId_EventId" ON "hook_deliveries" ("SubscriptionId", "EventId");
CREATE INDEX "IX_hook_deliveries_SubscriptionId_CreatedAtUtc" ON "hook_deliveries" ("SubscriptionId", "CreatedAtUtc");

CREATE TABLE "hook_attempts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_hook_attempts" PRIMARY KEY,
    "DeliveryId" TEXT NOT NULL,
    "Attempt" INTEGER NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "StatusCode" INTEGER NULL,
    "Error" TEXT NULL,
    "DurationMs" INTEGER NOT NULL,
    CONSTRAINT "FK_hook_attempts_hook_deliveries_DeliveryId" FOREIGN KEY ("DeliveryId") REFERENCES "hook_deliveries" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_hook_attempts_DeliveryId_Attempt" ON "hook_attempts" ("DeliveryId", "Attempt");

CREATE TABLE "hook_overdue" (
    "TaskId" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "EventId" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    CONSTRAINT "PK_hook_overdue" PRIMARY KEY ("TaskId", "DueDate")
);
