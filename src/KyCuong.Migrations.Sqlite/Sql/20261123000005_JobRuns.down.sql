DROP TABLE sys_job_runs;
