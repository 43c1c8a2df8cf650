DROP TABLE "proc_simplification_items";
DROP TABLE "proc_simplification_plans";
