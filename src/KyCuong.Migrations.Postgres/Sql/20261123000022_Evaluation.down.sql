DROP TABLE "eval_discipline";
DROP TABLE "eval_general_scores";
