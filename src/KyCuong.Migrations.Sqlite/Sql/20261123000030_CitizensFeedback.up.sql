CREATE TABLE "cit_feedback" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_cit_feedback" PRIMARY KEY,
    "TrackingCode" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Content" TEXT NOT NULL,
    "SubmitterName" TEXT NULL,
    "SubmitterPhone" TEXT NULL,
    "SubmitterEmail" TEXT NULL,
    "BodyUnitId" TEXT NOT NULL,
    "ProcedureCode" TEXT NULL,
    "Status" TEXT NOT NULL,
    "ReceivedOn" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "DecisionDueDate" TEXT NOT NULL,
    "HandlingUnitId" TEXT NULL,
    "TaskId" TEXT NULL,
    "RoutedAtUtc" TEXT NULL,
    "Answer" TEXT NULL,
    "AnsweredAtUtc" TEXT NULL,
    "PublishDueDate" TEXT NULL,
    "PublishedAtUtc" TEXT NULL,
    "Notice" TEXT NULL,
    "ForwardedTo" TEXT NULL,
    "ClosedAtUtc" TEXT NULL,
    "Rating" INTEGER NULL,
    "RatedAtUtc" TEXT NULL,
    "PersonalDataErasedAtUtc" TEXT NULL
);

CREATE UNIQUE INDEX "IX_cit_feedback_TrackingCode" ON "cit_feedback" ("TrackingCode");
CREATE INDEX "IX_cit_feedback_BodyUnitId_Status_CreatedAtUtc" ON "cit_feedback" ("BodyUnitId", "Status", "CreatedAtUtc");
CREATE INDEX "IX_cit_feedback_HandlingUnitId" ON "cit_feedback" ("HandlingUnitId");
CREATE INDEX "IX_cit_feedback_PublishedAtUtc" ON "cit_feedback" ("PublishedAtUtc");
