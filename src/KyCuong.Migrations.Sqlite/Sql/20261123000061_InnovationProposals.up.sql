-- Innovation proposals (Nghị định 73/2023/NĐ-CP, docs/domain.md "Evaluation: innovation proposals"): the voters are fixed when recorded.
CREATE TABLE "eval_innovation_proposals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_innovation_proposals" PRIMARY KEY,
    "ProposerUserId" TEXT NOT NULL,
    "ProposerUnitId" TEXT NOT NULL,
    "BodyUnitId" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Problem" TEXT NOT NULL,
    "Proposal" TEXT NOT NULL,
    "Scope" TEXT NOT NULL,
    "ExpectedOutcome" TEXT NOT NULL,
    "SubmittedAtUtc" TEXT NOT NULL,
    "VoteDeadline" TEXT NOT NULL,
    "ExcludedDeputyUserId" TEXT NULL,
    "Status" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DeciderUserId" TEXT NULL,
    "DecidedAtUtc" TEXT NULL,
    "DecisionNumber" TEXT NULL,
    "DecisionDate" TEXT NULL,
    "DecisionReason" TEXT NULL
);

CREATE INDEX "IX_eval_innovation_proposals_ProposerUserId" ON "eval_innovation_proposals" ("ProposerUserId");

CREATE INDEX "IX_eval_innovation_proposals_BodyUnitId" ON "eval_innovation_proposals" ("BodyUnitId");

CREATE TABLE "eval_innovation_voters" (
    "ProposalId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "InFavour" INTEGER NULL,
    "Comment" TEXT NULL,
    "VotedAtUtc" TEXT NULL,
    CONSTRAINT "PK_eval_innovation_voters" PRIMARY KEY ("ProposalId", "UserId"),
    CONSTRAINT "FK_eval_innovation_voters_eval_innovation_proposals_ProposalId" FOREIGN KEY ("ProposalId") REFERENCES "eval_innovation_proposals" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_eval_innovation_voters_UserId" ON "eval_innovation_voters" ("UserId");

CREATE TABLE "eval_innovation_tasks" (
    "ProposalId" TEXT NOT NULL,
    "TaskId" TEXT NOT NULL,
    CONSTRAINT "PK_eval_innovation_tasks" PRIMARY KEY ("ProposalId", "TaskId"),
    CONSTRAINT "FK_eval_innovation_tasks_eval_innovation_proposals_ProposalId" FOREIGN KEY ("ProposalId") REFERENCES "eval_innovation_proposals" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_eval_innovation_tasks_TaskId" ON "eval_innovation_tasks" ("TaskId");
