-- Evaluation of officials (docs/domain.md "Evaluation"): general-criteria points per person and period; discipline decisions.
CREATE TABLE "eval_general_scores" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_general_scores" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "PeriodKey" TEXT NOT NULL,
    "Points" TEXT NOT NULL,
    "Comment" TEXT NULL,
    "ByUserId" TEXT NULL,
    "AtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_eval_general_scores_UserId_PeriodKey" ON "eval_general_scores" ("UserId", "PeriodKey");

CREATE TABLE "eval_discipline" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_discipline" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Form" TEXT NOT NULL,
    "DecisionNumber" TEXT NOT NULL,
    "DecidedOn" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "ByUserId" TEXT NULL,
    "AtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_eval_discipline_UserId_DecidedOn" ON "eval_discipline" ("UserId", "DecidedOn");
