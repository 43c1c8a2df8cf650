CREATE TABLE cmp_matters (
    "Code" character varying(100) NOT NULL,
    "Name" character varying(300) NOT NULL,
    "Field" character varying(200),
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_cmp_matters" PRIMARY KEY ("Code")
);

CREATE TABLE cmp_entries (
    "Id" uuid NOT NULL,
    "MatterCode" character varying(100) NOT NULL,
    "UnitId" uuid,
    "UnitKind" character varying(40),
    "Role" character varying(20) NOT NULL,
    "LegalBasis" character varying(1000) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_cmp_entries" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_cmp_entries_cmp_matters_MatterCode" FOREIGN KEY ("MatterCode") REFERENCES cmp_matters ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_cmp_entries_MatterCode_UnitId" ON cmp_entries ("MatterCode", "UnitId");

CREATE INDEX "IX_cmp_entries_UnitId" ON cmp_entries ("UnitId");
