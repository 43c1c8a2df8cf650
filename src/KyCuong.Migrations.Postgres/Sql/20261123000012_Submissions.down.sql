ALTER TABLE task_routings DROP COLUMN "CatalogueEntryId";
DROP TABLE sub_events;
DROP TABLE sub_submissions;
