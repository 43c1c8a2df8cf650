ALTER TABLE "sys_job_runs" DROP COLUMN "Failed";
