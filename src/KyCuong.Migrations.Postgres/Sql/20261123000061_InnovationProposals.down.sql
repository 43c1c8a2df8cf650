DROP TABLE "eval_innovation_tasks";
DROP TABLE "eval_innovation_voters";
DROP TABLE "eval_innovation_proposals";
