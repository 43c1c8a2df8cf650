ALTER TABLE sys_job_runs ADD "Failed" integer NOT NULL DEFAULT 0;
