DROP TABLE eval_unit_targets;
ALTER TABLE eval_innovation_proposals DROP COLUMN "LapseNotifiedAtUtc";
