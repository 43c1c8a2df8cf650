CREATE TABLE rpt_regime_unit_kinds (
    "RegimeId" uuid NOT NULL,
    "Kind" character varying(30) NOT NULL,
    CONSTRAINT "PK_rpt_regime_unit_kinds" PRIMARY KEY ("RegimeId", "Kind"),
    CONSTRAINT "FK_rpt_regime_unit_kinds_rpt_regimes_RegimeId" FOREIGN KEY ("RegimeId") REFERENCES rpt_regimes ("Id") ON DELETE CASCADE
);
