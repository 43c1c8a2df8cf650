-- An innovation proposal whose vote lapsed is announced once to the proposer and the head (Nghị định 73/2023/NĐ-CP; docs/domain.md
-- "Evaluation: innovation proposals"); a unit's completion of its yearly targets as recorded by the superior unit's leader (Quy định
-- 377-QĐ/TW; docs/domain.md "Evaluation: patterns and candidates").
ALTER TABLE "eval_innovation_proposals" ADD "LapseNotifiedAtUtc" TEXT NULL;

CREATE TABLE "eval_unit_targets" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_eval_unit_targets" PRIMARY KEY,
    "UnitId" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "Percent" TEXT NOT NULL,
    "SourceDocument" TEXT NOT NULL,
    "RecordedByUserId" TEXT NULL,
    "RecordedAtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_eval_unit_targets_UnitId_Year" ON "eval_unit_targets" ("UnitId", "Year");
