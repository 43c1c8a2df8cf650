DROP TABLE "eval_task_products";
DROP TABLE "eval_catalogue";
