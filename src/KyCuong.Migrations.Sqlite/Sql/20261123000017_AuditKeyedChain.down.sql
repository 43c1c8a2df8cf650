-- The earlier sealer re-seals every row with plain SHA-256.
UPDATE "sys_audit" SET "Sequence" = NULL, "PreviousHash" = NULL, "Hash" = NULL, "SealedAtUtc" = NULL;
