DROP TABLE rpt_regime_unit_kinds;
