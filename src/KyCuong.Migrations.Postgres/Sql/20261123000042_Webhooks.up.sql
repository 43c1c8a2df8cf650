-- Webhooks (docs/domain.md "Webhooks"): subscriptions, deliveries, attempts and overdue marks.
CREATE TABLE hook_subscriptions (
    "Id" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "Url" character varying(2000) NOT NULL,
    "Events" character varying(1000) NOT NULL,
    "Secret" character varying(256) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "CreatedByUserId" uuid,
    "ConsecutiveFailures" integer NOT NULL,
    "DisabledAtUtc" timestamp with time zone,
    "DisabledReason" character varying(2000),
    CONSTRAINT "PK_hook_subscriptions" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_hook_subscriptions_UnitId" ON hook_subscriptions ("UnitId");

CREATE TABLE hook_deliveries (
    "Id" uuid NOT NULL,
    "SubscriptionId" uuid NOT NULL,
    "EventId" uuid NOT NULL,
    "Event" character varying(50) NOT NULL,
    "Body" text NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Attempts" integer NOT NULL,
    "LastStatusCode" integer,
    "LastError" character varying(2000),
    "LastAttemptAtUtc" timestamp with time zone,
    "DeliveredAtUtc" timestamp with time zone,
    CONSTRAINT "PK_hook_deliveries" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_hook_deliveries_hook_subscriptions_SubscriptionId" FOREIGN KEY ("SubscriptionId") REFERENCES hook_subscriptions ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_hook_deliveries_SubscriptionId_EventId" ON hook_deliveries ("SubscriptionId", "EventId");
CREATE INDEX "IX_hook_deliveries_SubscriptionId_CreatedAtUtc" ON hook_deliveries ("SubscriptionId", "CreatedAtUtc");

CREATE TABLE hook_attempts (
    "Id" uuid NOT NULL,
    "DeliveryId" uuid NOT NULL,
    "Attempt" integer NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "StatusCode" integer,
    "Error" character varying(2000),
    "DurationMs" integer NOT NULL,
    CONSTRAINT "PK_hook_attempts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_hook_attempts_hook_deliveries_DeliveryId" FOREIGN KEY ("DeliveryId") REFERENCES hook_deliveries ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_hook_attempts_DeliveryId_Attempt" ON hook_attempts ("DeliveryId", "Attempt");

CREATE TABLE hook_overdue (
    "TaskId" uuid NOT NULL,
    "DueDate" date NOT NULL,
    "EventId" uuid NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_hook_overdue" PRIMARY KEY ("TaskId", "DueDate")
);
