-- The catalogue of administrative procedures, internal ones included (docs/domain.md "One-stop by procedure and step; procedures catalogue"): the parts Nghị định 63/2010/NĐ-CP
-- art. 8 requires to be published, the publication status and date, and the inputs of the compliance cost (Thông tư 02/2017/TT-VPCP).

CREATE TABLE proc_procedures (
    "Id" uuid NOT NULL,
    "Code" character varying(50) NOT NULL,
    "Name" character varying(500) NOT NULL,
    "Internal" boolean NOT NULL,
    "BodyUnitId" uuid NOT NULL,
    "Sequence" character varying(8000),
    "Method" character varying(2000),
    "Dossier" character varying(8000),
    "TimeLimitWorkingDays" integer,
    "Subjects" character varying(2000),
    "Agency" character varying(2000),
    "Result" character varying(2000),
    "Fees" character varying(2000),
    "LegalBasis" character varying(4000),
    "Status" character varying(20) NOT NULL,
    "PublishedOn" date,
    "CostPerCompliance" bigint,
    "FrequencyPerYear" numeric(18,4),
    "SubjectsPerYear" bigint,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_proc_procedures" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_proc_procedures_Code" ON proc_procedures ("Code");
CREATE INDEX "IX_proc_procedures_BodyUnitId_Status" ON proc_procedures ("BodyUnitId", "Status");
