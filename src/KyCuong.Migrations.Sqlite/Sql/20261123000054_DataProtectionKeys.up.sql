-- The data-protection key ring shared by every node (docs/operations.md "Several nodes"): one XML element per key.

CREATE TABLE "sys_data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_sys_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);
