DROP TABLE proc_procedures;
