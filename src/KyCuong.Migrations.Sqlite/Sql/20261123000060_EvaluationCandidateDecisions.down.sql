DROP TABLE "eval_candidate_decisions";
