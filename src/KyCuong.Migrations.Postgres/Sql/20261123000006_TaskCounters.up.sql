CREATE TABLE task_counters (
    "UnitId" uuid NOT NULL,
    "Kind" integer NOT NULL,
    "DueKey" integer NOT NULL,
    "Count" bigint NOT NULL,
    CONSTRAINT "PK_task_counters" PRIMARY KEY ("UnitId", "Kind", "DueKey")
);

-- Backfill from existing tasks (kinds: 0 done on time without due date, 1 done on time, 2 done late, 3 open without
-- due date, 4 open with due date keyed by its day number since 0001-01-01, as DateOnly.DayNumber).
INSERT INTO task_counters ("UnitId", "Kind", "DueKey", "Count")
SELECT "LeadUnitId", kind, duekey, count(*)
FROM (
    SELECT "LeadUnitId",
        CASE WHEN "CompletedOn" IS NOT NULL THEN (CASE WHEN "DueDate" IS NULL THEN 0 WHEN "CompletedOn" <= "DueDate" THEN 1 ELSE 2 END)
             ELSE (CASE WHEN "DueDate" IS NULL THEN 3 ELSE 4 END) END AS kind,
        CASE WHEN "CompletedOn" IS NULL AND "DueDate" IS NOT NULL THEN ("DueDate" - DATE '0001-01-01') ELSE 0 END AS duekey
    FROM task_tasks
) t
GROUP BY "LeadUnitId", kind, duekey;


CREATE INDEX "IX_task_tasks_AssignedByUserId" ON task_tasks ("AssignedByUserId");
