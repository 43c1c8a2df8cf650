DROP TABLE "eval_leadership_scores";
