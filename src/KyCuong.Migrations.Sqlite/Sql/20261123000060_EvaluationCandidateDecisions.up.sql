-- A leader's decision on a candidate for commendation or for review (docs/domain.md "Evaluation: patterns and candidates").

CREATE TABLE "eval_candidate_decisions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_candidate_decisions" PRIMARY KEY,
    "UnitId" TEXT NOT NULL,
    "UserId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Kind" TEXT NOT NULL,
    "Form" TEXT NOT NULL,
    "DecisionNumber" TEXT NOT NULL,
    "DecidedOn" TEXT NOT NULL,
    "Note" TEXT NULL,
    "ByUserId" TEXT NULL,
    "AtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_eval_candidate_decisions_UnitId_Year" ON "eval_candidate_decisions" ("UnitId", "Year");
CREATE INDEX "IX_eval_candidate_decisions_UserId_Year" ON "eval_candidate_decisions" ("UserId", "Year");
