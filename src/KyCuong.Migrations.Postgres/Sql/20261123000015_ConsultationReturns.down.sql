ALTER TABLE csl_participants DROP COLUMN "ReturnReason";
ALTER TABLE csl_participants DROP COLUMN "ReturnCatalogueEntryId";
ALTER TABLE csl_participants DROP COLUMN "ReturnCitation";
ALTER TABLE csl_participants DROP COLUMN "ReturnedAtUtc";
