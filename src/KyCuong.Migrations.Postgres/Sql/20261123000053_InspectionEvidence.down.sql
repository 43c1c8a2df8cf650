DROP TABLE "insp_evidence";
