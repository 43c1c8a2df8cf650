DROP TABLE rpt_figure_changes;
DROP TABLE rpt_report_sections;
DROP TABLE rpt_reports;
DROP TABLE rpt_regime_sections;
DROP TABLE rpt_regime_units;
DROP TABLE rpt_regimes;
