CREATE TABLE cit_feedback (
    "Id" uuid NOT NULL,
    "TrackingCode" character varying(16) NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Subject" character varying(500) NOT NULL,
    "Content" character varying(8000) NOT NULL,
    "SubmitterName" character varying(200),
    "SubmitterPhone" character varying(30),
    "SubmitterEmail" character varying(254),
    "BodyUnitId" uuid NOT NULL,
    "ProcedureCode" character varying(50),
    "Status" character varying(20) NOT NULL,
    "ReceivedOn" date NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "DecisionDueDate" date NOT NULL,
    "HandlingUnitId" uuid,
    "TaskId" uuid,
    "RoutedAtUtc" timestamp with time zone,
    "Answer" character varying(8000),
    "AnsweredAtUtc" timestamp with time zone,
    "PublishDueDate" date,
    "PublishedAtUtc" timestamp with time zone,
    "Notice" character varying(4000),
    "ForwardedTo" character varying(300),
    "ClosedAtUtc" timestamp with time zone,
    "Rating" integer,
    "RatedAtUtc" timestamp with time zone,
    "PersonalDataErasedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_cit_feedback" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_cit_feedback_TrackingCode" ON cit_feedback ("TrackingCode");
CREATE INDEX "IX_cit_feedback_BodyUnitId_Status_CreatedAtUtc" ON cit_feedback ("BodyUnitId", "Status", "CreatedAtUtc");
CREATE INDEX "IX_cit_feedback_HandlingUnitId" ON cit_feedback ("HandlingUnitId");
CREATE INDEX "IX_cit_feedback_PublishedAtUtc" ON cit_feedback ("PublishedAtUtc");
