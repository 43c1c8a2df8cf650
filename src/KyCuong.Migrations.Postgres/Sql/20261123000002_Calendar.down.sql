DROP TABLE cal_year_decisions;
DROP TABLE cal_state;
DROP TABLE cal_holiday_rules;
DROP TABLE cal_deadlines;
