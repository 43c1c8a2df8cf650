DROP TABLE IF EXISTS "task_coordinators";
DROP TABLE IF EXISTS "task_extensions";
DROP TABLE IF EXISTS "task_handoffs";
DROP TABLE IF EXISTS "task_recurring_duties";
DROP TABLE IF EXISTS "task_routings";
DROP TABLE IF EXISTS "task_tasks";
