-- A leader's decision on a candidate for commendation or for review (docs/domain.md "Evaluation: patterns and candidates").

CREATE TABLE eval_candidate_decisions (
    "Id" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "Form" character varying(40) NOT NULL,
    "DecisionNumber" character varying(100) NOT NULL,
    "DecidedOn" date NOT NULL,
    "Note" character varying(2000),
    "ByUserId" uuid,
    "AtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_eval_candidate_decisions" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_eval_candidate_decisions_UnitId_Year" ON eval_candidate_decisions ("UnitId", "Year");
CREATE INDEX "IX_eval_candidate_decisions_UserId_Year" ON eval_candidate_decisions ("UserId", "Year");
