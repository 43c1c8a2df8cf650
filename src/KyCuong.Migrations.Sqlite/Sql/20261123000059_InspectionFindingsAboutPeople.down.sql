ALTER TABLE "insp_inspections" DROP COLUMN "TeamLeaderUserId";
DROP INDEX "IX_insp_findings_PersonUserId";
ALTER TABLE "insp_findings" DROP COLUMN "ReviewedAtUtc";
ALTER TABLE "insp_findings" DROP COLUMN "ReviewedByUserId";
ALTER TABLE "insp_findings" DROP COLUMN "ReviewReason";
ALTER TABLE "insp_findings" DROP COLUMN "ReviewDecidedOn";
ALTER TABLE "insp_findings" DROP COLUMN "ReviewDecisionNumber";
ALTER TABLE "insp_findings" DROP COLUMN "ReviewDecision";
ALTER TABLE "insp_findings" DROP COLUMN "PersonUserId";
