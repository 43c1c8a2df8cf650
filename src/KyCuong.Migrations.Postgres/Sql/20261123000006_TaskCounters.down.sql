DROP TABLE task_counters;
