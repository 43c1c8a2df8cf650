DROP TABLE "insp_remedies";
DROP TABLE "insp_explanations";
DROP TABLE "insp_findings";
DROP TABLE "insp_topics";
DROP TABLE "insp_team_members";
DROP TABLE "insp_checked_units";
DROP TABLE "insp_inspections";
