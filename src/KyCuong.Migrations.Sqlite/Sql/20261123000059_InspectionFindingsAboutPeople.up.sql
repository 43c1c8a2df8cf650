-- Findings about a person and the discipline-review decision on them (docs/domain.md "Checks of official duties: findings about people").

ALTER TABLE "insp_findings" ADD "PersonUserId" TEXT NULL;
ALTER TABLE "insp_findings" ADD "ReviewDecision" TEXT NULL;
ALTER TABLE "insp_findings" ADD "ReviewDecisionNumber" TEXT NULL;
ALTER TABLE "insp_findings" ADD "ReviewDecidedOn" TEXT NULL;
ALTER TABLE "insp_findings" ADD "ReviewReason" TEXT NULL;
ALTER TABLE "insp_findings" ADD "ReviewedByUserId" TEXT NULL;
ALTER TABLE "insp_findings" ADD "ReviewedAtUtc" TEXT NULL;
CREATE INDEX "IX_insp_findings_PersonUserId" ON "insp_findings" ("PersonUserId");

-- The head of the team (trưởng đoàn) named in the decision; checks decided earlier have none recorded.
ALTER TABLE "insp_inspections" ADD "TeamLeaderUserId" TEXT NULL;
