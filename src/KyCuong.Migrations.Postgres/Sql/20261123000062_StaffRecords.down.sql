DROP TABLE eval_staff_records;
