-- Drafts of outgoing documents in the layout of NĐ 30/2020/NĐ-CP Phụ lục I (docs/domain.md "Drafts"); numbered and dated on issue
-- by the issuer's outgoing register (NĐ 30/2020 art. 15), read-only after.

CREATE TABLE dft_drafts (
    "Id" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "IssuerUnitId" uuid NOT NULL,
    "Type" character varying(30) NOT NULL,
    "Subject" character varying(2000) NOT NULL,
    "Body" character varying(100000) NOT NULL,
    "Recipients" character varying(4000) NOT NULL,
    "Signer" character varying(200),
    "SignerPosition" character varying(200),
    "SigningForm" character varying(10) NOT NULL,
    "SigningAuthority" character varying(300),
    "Status" character varying(20) NOT NULL,
    "Version" integer NOT NULL,
    "Number" integer,
    "NumberSymbol" character varying(100),
    "IssuedOn" date,
    "DocumentId" uuid,
    "IssuedByUserId" uuid,
    "CreatedByUserId" uuid,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_dft_drafts" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_dft_drafts_UnitId_UpdatedAtUtc" ON dft_drafts ("UnitId", "UpdatedAtUtc");
