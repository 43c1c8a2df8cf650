-- Findings about a person and the discipline-review decision on them (docs/domain.md "Checks of official duties: findings about people").

ALTER TABLE insp_findings ADD "PersonUserId" uuid;
ALTER TABLE insp_findings ADD "ReviewDecision" character varying(30);
ALTER TABLE insp_findings ADD "ReviewDecisionNumber" character varying(100);
ALTER TABLE insp_findings ADD "ReviewDecidedOn" date;
ALTER TABLE insp_findings ADD "ReviewReason" character varying(4000);
ALTER TABLE insp_findings ADD "ReviewedByUserId" uuid;
ALTER TABLE insp_findings ADD "ReviewedAtUtc" timestamp with time zone;
CREATE INDEX "IX_insp_findings_PersonUserId" ON insp_findings ("PersonUserId");

-- The head of the team (trưởng đoàn) named in the decision; checks decided earlier have none recorded.
ALTER TABLE insp_inspections ADD "TeamLeaderUserId" uuid;
