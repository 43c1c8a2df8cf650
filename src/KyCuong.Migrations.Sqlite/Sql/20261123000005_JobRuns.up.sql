CREATE TABLE "sys_job_runs" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_sys_job_runs" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Node" TEXT NOT NULL,
    "StartedAtUtc" TEXT NOT NULL,
    "EndedAtUtc" TEXT NULL,
    "Items" INTEGER NOT NULL,
    "Outcome" TEXT NOT NULL,
    "Error" TEXT NULL
);

CREATE INDEX "IX_sys_job_runs_Name_StartedAtUtc" ON "sys_job_runs" ("Name", "StartedAtUtc");

CREATE INDEX "IX_sys_job_runs_StartedAtUtc" ON "sys_job_runs" ("StartedAtUtc");
