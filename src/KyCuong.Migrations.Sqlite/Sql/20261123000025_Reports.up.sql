CREATE TABLE "rpt_regimes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_rpt_regimes" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "LegalBasis" TEXT NULL,
    "OwnerUnitId" TEXT NOT NULL,
    "Periodicity" TEXT NOT NULL,
    "DueWorkingDays" INTEGER NOT NULL,
    "CreatedByUserId" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL
);

CREATE TABLE "rpt_regime_units" (
    "RegimeId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    CONSTRAINT "PK_rpt_regime_units" PRIMARY KEY ("RegimeId", "UnitId"),
    CONSTRAINT "FK_rpt_regime_units_rpt_regimes_RegimeId" FOREIGN KEY ("RegimeId") REFERENCES "rpt_regimes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "rpt_regime_sections" (
    "RegimeId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    CONSTRAINT "PK_rpt_regime_sections" PRIMARY KEY ("RegimeId", "Position"),
    CONSTRAINT "FK_rpt_regime_sections_rpt_regimes_RegimeId" FOREIGN KEY ("RegimeId") REFERENCES "rpt_regimes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "rpt_reports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_rpt_reports" PRIMARY KEY,
    "RegimeId" TEXT NOT NULL,
    "UnitId" TEXT NOT NULL,
    "Period" TEXT NOT NULL,
    "From" TEXT NOT NULL,
    "To" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "EditedAtUtc" TEXT NULL,
    "SubmittedAtUtc" TEXT NULL,
    "SubmittedByUserId" TEXT NULL,
    "SubmittedOn" TEXT NULL,
    "DocumentNumber" TEXT NULL,
    "DocumentDate" TEXT NULL,
    CONSTRAINT "FK_rpt_reports_rpt_regimes_RegimeId" FOREIGN KEY ("RegimeId") REFERENCES "rpt_regimes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "rpt_report_sections" (
    "ReportId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Source" TEXT NOT NULL,
    "FiguresJson" TEXT NOT NULL,
    "Text" TEXT NULL,
    CONSTRAINT "PK_rpt_report_sections" PRIMARY KEY ("ReportId", "Position"),
    CONSTRAINT "FK_rpt_report_sections_rpt_reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "rpt_reports" ("Id") ON DELETE CASCADE
);

CREATE TABLE "rpt_figure_changes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_rpt_figure_changes" PRIMARY KEY,
    "ReportId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Figure" TEXT NOT NULL,
    "OldValue" TEXT NULL,
    "NewValue" TEXT NULL,
    "Reason" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "AtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_rpt_figure_changes_rpt_reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "rpt_reports" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_rpt_regimes_OwnerUnitId" ON "rpt_regimes" ("OwnerUnitId");
CREATE INDEX "IX_rpt_regime_units_UnitId" ON "rpt_regime_units" ("UnitId");
CREATE UNIQUE INDEX "IX_rpt_reports_RegimeId_Period_UnitId" ON "rpt_reports" ("RegimeId", "Period", "UnitId");
CREATE INDEX "IX_rpt_reports_UnitId" ON "rpt_reports" ("UnitId");
CREATE INDEX "IX_rpt_figure_changes_ReportId" ON "rpt_figure_changes" ("ReportId");
