-- Drafts of outgoing documents in the layout of NĐ 30/2020/NĐ-CP Phụ lục I (docs/domain.md "Drafts"); numbered and dated on issue
-- by the issuer's outgoing register (NĐ 30/2020 art. 15), read-only after.

CREATE TABLE "dft_drafts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_dft_drafts" PRIMARY KEY,
    "UnitId" TEXT NOT NULL,
    "IssuerUnitId" TEXT NOT NULL,
    "Type" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "Recipients" TEXT NOT NULL,
    "Signer" TEXT NULL,
    "SignerPosition" TEXT NULL,
    "SigningForm" TEXT NOT NULL,
    "SigningAuthority" TEXT NULL,
    "Status" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    "Number" INTEGER NULL,
    "NumberSymbol" TEXT NULL,
    "IssuedOn" TEXT NULL,
    "DocumentId" TEXT NULL,
    "IssuedByUserId" TEXT NULL,
    "CreatedByUserId" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL
);

CREATE INDEX "IX_dft_drafts_UnitId_UpdatedAtUtc" ON "dft_drafts" ("UnitId", "UpdatedAtUtc");
