CREATE TABLE "ntf_emails" (
    "IdempotencyKey" TEXT NOT NULL CONSTRAINT "PK_ntf_emails" PRIMARY KEY,
    "RecipientUserId" TEXT NOT NULL,
    "ToAddress" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "MessageId" TEXT NOT NULL,
    "SentAtUtc" TEXT NOT NULL
);

CREATE TABLE "ntf_notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ntf_notifications" PRIMARY KEY,
    "RecipientUserId" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Link" TEXT NULL,
    "SourceKey" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "ReadAtUtc" TEXT NULL
);

CREATE TABLE "ntf_preferences" (
    "UserId" TEXT NOT NULL CONSTRAINT "PK_ntf_preferences" PRIMARY KEY,
    "EmailMode" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_ntf_emails_RecipientUserId_SentAtUtc" ON "ntf_emails" ("RecipientUserId", "SentAtUtc");

CREATE INDEX "IX_ntf_notifications_RecipientUserId_ReadAtUtc_CreatedAtUtc" ON "ntf_notifications" ("RecipientUserId", "ReadAtUtc", "CreatedAtUtc");

CREATE UNIQUE INDEX "IX_ntf_notifications_SourceKey" ON "ntf_notifications" ("SourceKey");
