-- Evaluation of officials (docs/domain.md "Evaluation"): general-criteria points per person and period; discipline decisions.
CREATE TABLE eval_general_scores (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "PeriodKey" character varying(10) NOT NULL,
    "Points" numeric(5,2) NOT NULL,
    "Comment" character varying(4000),
    "ByUserId" uuid,
    "AtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_eval_general_scores" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_eval_general_scores_UserId_PeriodKey" ON eval_general_scores ("UserId", "PeriodKey");

CREATE TABLE eval_discipline (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Form" character varying(30) NOT NULL,
    "DecisionNumber" character varying(100) NOT NULL,
    "DecidedOn" date NOT NULL,
    "Reason" character varying(4000) NOT NULL,
    "ByUserId" uuid,
    "AtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_eval_discipline" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_eval_discipline_UserId_DecidedOn" ON eval_discipline ("UserId", "DecidedOn");
