CREATE TABLE sys_job_runs (
    "Id" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Node" character varying(200) NOT NULL,
    "StartedAtUtc" timestamp with time zone NOT NULL,
    "EndedAtUtc" timestamp with time zone,
    "Items" integer NOT NULL,
    "Outcome" character varying(20) NOT NULL,
    "Error" character varying(4000),
    CONSTRAINT "PK_sys_job_runs" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_sys_job_runs_Name_StartedAtUtc" ON sys_job_runs ("Name", "StartedAtUtc");

CREATE INDEX "IX_sys_job_runs_StartedAtUtc" ON sys_job_runs ("StartedAtUtc");
