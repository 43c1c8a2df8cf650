DROP TABLE "eval_grading_entries";

DROP TABLE "eval_grading_decisions";

DROP TABLE "eval_self_assessments";
