-- An innovation proposal whose vote lapsed is announced once to the proposer and the head (Nghị định 73/2023/NĐ-CP; docs/domain.md
-- "Evaluation: innovation proposals"); a unit's completion of its yearly targets as recorded by the superior unit's leader (Quy định
-- 377-QĐ/TW; docs/domain.md "Evaluation: patterns and candidates").
ALTER TABLE eval_innovation_proposals ADD "LapseNotifiedAtUtc" timestamp with time zone;

CREATE TABLE eval_unit_targets (
    "Id" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Percent" numeric(5,2) NOT NULL,
    "SourceDocument" character varying(100) NOT NULL,
    "RecordedByUserId" uuid,
    "RecordedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_eval_unit_targets" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_eval_unit_targets_UnitId_Year" ON eval_unit_targets ("UnitId", "Year");
