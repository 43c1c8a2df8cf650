-- Leaders' criteria đ and e of Nghị định 335/2025 (docs/domain.md "Evaluation: leaders"), per person and period, scored by the superior.
CREATE TABLE eval_leadership_scores (
    "Id" uuid NOT NULL,
    "UserId" uuid NOT NULL,
    "PeriodKey" character varying(10) NOT NULL,
    "Organise" numeric(5,4) NOT NULL,
    "Rally" numeric(5,4) NOT NULL,
    "Comment" character varying(4000),
    "ByUserId" uuid,
    "AtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_eval_leadership_scores" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_eval_leadership_scores_UserId_PeriodKey" ON eval_leadership_scores ("UserId", "PeriodKey");
