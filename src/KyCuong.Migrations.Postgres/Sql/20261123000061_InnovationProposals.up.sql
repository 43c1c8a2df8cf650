-- Innovation proposals (Nghị định 73/2023/NĐ-CP, docs/domain.md "Evaluation: innovation proposals"): the voters are fixed when recorded.
CREATE TABLE eval_innovation_proposals (
    "Id" uuid NOT NULL,
    "ProposerUserId" uuid NOT NULL,
    "ProposerUnitId" uuid NOT NULL,
    "BodyUnitId" uuid NOT NULL,
    "Title" character varying(500) NOT NULL,
    "Problem" character varying(8000) NOT NULL,
    "Proposal" character varying(8000) NOT NULL,
    "Scope" character varying(4000) NOT NULL,
    "ExpectedOutcome" character varying(4000) NOT NULL,
    "SubmittedAtUtc" timestamp with time zone NOT NULL,
    "VoteDeadline" date NOT NULL,
    "ExcludedDeputyUserId" uuid,
    "Status" character varying(20) NOT NULL,
    "DecidedBy" character varying(10),
    "DeciderUserId" uuid,
    "DecidedAtUtc" timestamp with time zone,
    "DecisionNumber" character varying(100),
    "DecisionDate" date,
    "DecisionReason" character varying(4000),
    CONSTRAINT "PK_eval_innovation_proposals" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_eval_innovation_proposals_ProposerUserId" ON eval_innovation_proposals ("ProposerUserId");

CREATE INDEX "IX_eval_innovation_proposals_BodyUnitId" ON eval_innovation_proposals ("BodyUnitId");

CREATE TABLE eval_innovation_voters (
    "ProposalId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "InFavour" boolean,
    "Comment" character varying(2000),
    "VotedAtUtc" timestamp with time zone,
    CONSTRAINT "PK_eval_innovation_voters" PRIMARY KEY ("ProposalId", "UserId"),
    CONSTRAINT "FK_eval_innovation_voters_eval_innovation_proposals_ProposalId" FOREIGN KEY ("ProposalId") REFERENCES eval_innovation_proposals ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_eval_innovation_voters_UserId" ON eval_innovation_voters ("UserId");

CREATE TABLE eval_innovation_tasks (
    "ProposalId" uuid NOT NULL,
    "TaskId" uuid NOT NULL,
    CONSTRAINT "PK_eval_innovation_tasks" PRIMARY KEY ("ProposalId", "TaskId"),
    CONSTRAINT "FK_eval_innovation_tasks_eval_innovation_proposals_ProposalId" FOREIGN KEY ("ProposalId") REFERENCES eval_innovation_proposals ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_eval_innovation_tasks_TaskId" ON eval_innovation_tasks ("TaskId");
