CREATE TABLE "cmp_matters" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_cmp_matters" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Field" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "cmp_entries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_cmp_entries" PRIMARY KEY,
    "MatterCode" TEXT NOT NULL,
    "UnitId" TEXT NULL,
    "UnitKind" TEXT NULL,
    "Role" TEXT NOT NULL,
    "LegalBasis" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_cmp_entries_cmp_matters_MatterCode" FOREIGN KEY ("MatterCode") REFERENCES "cmp_matters" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_cmp_entries_MatterCode_UnitId" ON "cmp_entries" ("MatterCode", "UnitId");

CREATE INDEX "IX_cmp_entries_UnitId" ON "cmp_entries" ("UnitId");
