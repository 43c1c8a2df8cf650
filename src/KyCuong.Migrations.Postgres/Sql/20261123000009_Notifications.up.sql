CREATE TABLE ntf_emails (
    "IdempotencyKey" character varying(200) NOT NULL,
    "RecipientUserId" uuid NOT NULL,
    "ToAddress" character varying(256) NOT NULL,
    "Subject" character varying(500) NOT NULL,
    "MessageId" character varying(200) NOT NULL,
    "SentAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ntf_emails" PRIMARY KEY ("IdempotencyKey")
);

CREATE TABLE ntf_notifications (
    "Id" uuid NOT NULL,
    "RecipientUserId" uuid NOT NULL,
    "Category" character varying(40) NOT NULL,
    "Subject" character varying(500) NOT NULL,
    "Body" character varying(4000) NOT NULL,
    "Link" character varying(500),
    "SourceKey" character varying(200) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "ReadAtUtc" timestamp with time zone,
    CONSTRAINT "PK_ntf_notifications" PRIMARY KEY ("Id")
);

CREATE TABLE ntf_preferences (
    "UserId" uuid NOT NULL,
    "EmailMode" character varying(20) NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ntf_preferences" PRIMARY KEY ("UserId")
);

CREATE INDEX "IX_ntf_emails_RecipientUserId_SentAtUtc" ON ntf_emails ("RecipientUserId", "SentAtUtc");

CREATE INDEX "IX_ntf_notifications_RecipientUserId_ReadAtUtc_CreatedAtUtc" ON ntf_notifications ("RecipientUserId", "ReadAtUtc", "CreatedAtUtc");

CREATE UNIQUE INDEX "IX_ntf_notifications_SourceKey" ON ntf_notifications ("SourceKey");
