ALTER TABLE "csl_participants" ADD "ReturnReason" TEXT NULL;

ALTER TABLE "csl_participants" ADD "ReturnCatalogueEntryId" TEXT NULL;

ALTER TABLE "csl_participants" ADD "ReturnCitation" TEXT NULL;

ALTER TABLE "csl_participants" ADD "ReturnedAtUtc" TEXT NULL;
