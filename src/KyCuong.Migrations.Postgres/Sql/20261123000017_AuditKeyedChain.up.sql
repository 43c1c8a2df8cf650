-- Plain SHA-256 seals can be recomputed by anyone who can write the table; the keyed sealer re-seals every row.
UPDATE "sys_audit" SET "Sequence" = NULL, "PreviousHash" = NULL, "Hash" = NULL, "SealedAtUtc" = NULL;
