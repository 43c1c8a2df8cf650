DROP TABLE "cmp_entries";
DROP TABLE "cmp_matters";
