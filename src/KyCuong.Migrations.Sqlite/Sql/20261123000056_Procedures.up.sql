-- The catalogue of administrative procedures, internal ones included (docs/domain.md "One-stop by procedure and step; procedures catalogue"): the parts Nghị định 63/2010/NĐ-CP
-- art. 8 requires to be published, the publication status and date, and the inputs of the compliance cost (Thông tư 02/2017/TT-VPCP).

CREATE TABLE "proc_procedures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_proc_procedures" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Internal" INTEGER NOT NULL,
    "BodyUnitId" TEXT NOT NULL,
    "Sequence" TEXT NULL,
    "Method" TEXT NULL,
    "Dossier" TEXT NULL,
    "TimeLimitWorkingDays" INTEGER NULL,
    "Subjects" TEXT NULL,
    "Agency" TEXT NULL,
    "Result" TEXT NULL,
    "Fees" TEXT NULL,
    "LegalBasis" TEXT NULL,
    "Status" TEXT NOT NULL,
    "PublishedOn" TEXT NULL,
    "CostPerCompliance" INTEGER NULL,
    "FrequencyPerYear" TEXT NULL,
    "SubjectsPerYear" INTEGER NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "UpdatedAtUtc" TEXT NOT NULL
);

CREATE UNIQUE INDEX "IX_proc_procedures_Code" ON "proc_procedures" ("Code");
CREATE INDEX "IX_proc_procedures_BodyUnitId_Status" ON "proc_procedures" ("BodyUnitId", "Status");
