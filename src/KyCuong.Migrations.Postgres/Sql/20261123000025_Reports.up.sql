CREATE TABLE rpt_regimes (
    "Id" uuid NOT NULL,
    "Name" character varying(500) NOT NULL,
    "LegalBasis" character varying(1000),
    "OwnerUnitId" uuid NOT NULL,
    "Periodicity" character varying(20) NOT NULL,
    "DueWorkingDays" integer NOT NULL,
    "CreatedByUserId" uuid,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_rpt_regimes" PRIMARY KEY ("Id")
);

CREATE TABLE rpt_regime_units (
    "RegimeId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    CONSTRAINT "PK_rpt_regime_units" PRIMARY KEY ("RegimeId", "UnitId"),
    CONSTRAINT "FK_rpt_regime_units_rpt_regimes_RegimeId" FOREIGN KEY ("RegimeId") REFERENCES rpt_regimes ("Id") ON DELETE CASCADE
);

CREATE TABLE rpt_regime_sections (
    "RegimeId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Title" character varying(500) NOT NULL,
    "Source" character varying(50) NOT NULL,
    CONSTRAINT "PK_rpt_regime_sections" PRIMARY KEY ("RegimeId", "Position"),
    CONSTRAINT "FK_rpt_regime_sections_rpt_regimes_RegimeId" FOREIGN KEY ("RegimeId") REFERENCES rpt_regimes ("Id") ON DELETE CASCADE
);

CREATE TABLE rpt_reports (
    "Id" uuid NOT NULL,
    "RegimeId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "Period" character varying(10) NOT NULL,
    "From" date NOT NULL,
    "To" date NOT NULL,
    "DueDate" date NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "EditedAtUtc" timestamp with time zone,
    "SubmittedAtUtc" timestamp with time zone,
    "SubmittedByUserId" uuid,
    "SubmittedOn" date,
    "DocumentNumber" character varying(100),
    "DocumentDate" date,
    CONSTRAINT "PK_rpt_reports" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_rpt_reports_rpt_regimes_RegimeId" FOREIGN KEY ("RegimeId") REFERENCES rpt_regimes ("Id") ON DELETE CASCADE
);

CREATE TABLE rpt_report_sections (
    "ReportId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Title" character varying(500) NOT NULL,
    "Source" character varying(50) NOT NULL,
    "FiguresJson" character varying(16000) NOT NULL,
    "Text" character varying(32000),
    CONSTRAINT "PK_rpt_report_sections" PRIMARY KEY ("ReportId", "Position"),
    CONSTRAINT "FK_rpt_report_sections_rpt_reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES rpt_reports ("Id") ON DELETE CASCADE
);

CREATE TABLE rpt_figure_changes (
    "Id" uuid NOT NULL,
    "ReportId" uuid NOT NULL,
    "Position" integer NOT NULL,
    "Figure" character varying(100) NOT NULL,
    "OldValue" character varying(100),
    "NewValue" character varying(100),
    "Reason" character varying(2000) NOT NULL,
    "UserId" uuid,
    "AtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_rpt_figure_changes" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_rpt_figure_changes_rpt_reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES rpt_reports ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_rpt_regimes_OwnerUnitId" ON rpt_regimes ("OwnerUnitId");
CREATE INDEX "IX_rpt_regime_units_UnitId" ON rpt_regime_units ("UnitId");
CREATE UNIQUE INDEX "IX_rpt_reports_RegimeId_Period_UnitId" ON rpt_reports ("RegimeId", "Period", "UnitId");
CREATE INDEX "IX_rpt_reports_UnitId" ON rpt_reports ("UnitId");
CREATE INDEX "IX_rpt_figure_changes_ReportId" ON rpt_figure_changes ("ReportId");
