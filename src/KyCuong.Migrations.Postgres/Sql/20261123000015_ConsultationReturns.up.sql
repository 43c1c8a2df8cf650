ALTER TABLE csl_participants ADD "ReturnReason" character varying(2000);

ALTER TABLE csl_participants ADD "ReturnCatalogueEntryId" uuid;

ALTER TABLE csl_participants ADD "ReturnCitation" character varying(1500);

ALTER TABLE csl_participants ADD "ReturnedAtUtc" timestamp with time zone;
