-- Leaders' criteria đ and e of Nghị định 335/2025 (docs/domain.md "Evaluation: leaders"), per person and period, scored by the superior.
CREATE TABLE "eval_leadership_scores" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_leadership_scores" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "PeriodKey" TEXT NOT NULL,
    "Organise" TEXT NOT NULL,
    "Rally" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "ByUserId" TEXT NULL,
    "AtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_eval_leadership_scores_UserId_PeriodKey" ON "eval_leadership_scores" ("UserId", "PeriodKey");
