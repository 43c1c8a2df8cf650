CREATE TABLE cal_deadlines (
    "Id" uuid NOT NULL,
    "OwnerType" character varying(40) NOT NULL,
    "OwnerId" uuid NOT NULL,
    "TriggerDate" date NOT NULL,
    "WorkingDays" integer NOT NULL,
    "DueDate" date NOT NULL,
    "CalendarVersion" integer NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_cal_deadlines" PRIMARY KEY ("Id")
);

CREATE TABLE cal_holiday_rules (
    "Id" uuid NOT NULL,
    "Kind" character varying(10) NOT NULL,
    "Month" integer NOT NULL,
    "Day" integer NOT NULL,
    "Name" character varying(200) NOT NULL,
    "FirstYear" integer NOT NULL,
    "LastYear" integer,
    "LegalBasis" character varying(500) NOT NULL,
    "CalendarVersion" integer NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(100) NOT NULL,
    CONSTRAINT "PK_cal_holiday_rules" PRIMARY KEY ("Id")
);

CREATE TABLE cal_state (
    "Id" integer NOT NULL,
    "Version" integer NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_cal_state" PRIMARY KEY ("Id")
);

CREATE TABLE cal_year_decisions (
    "Id" uuid NOT NULL,
    "Year" integer NOT NULL,
    "Source" character varying(500) NOT NULL,
    "DecisionJson" text NOT NULL,
    "CalendarVersion" integer NOT NULL,
    "Version" integer NOT NULL,
    "UpdatedAtUtc" timestamp with time zone NOT NULL,
    "UpdatedBy" character varying(100) NOT NULL,
    CONSTRAINT "PK_cal_year_decisions" PRIMARY KEY ("Id")
);

CREATE INDEX "IX_cal_deadlines_DueDate" ON cal_deadlines ("DueDate");

CREATE UNIQUE INDEX "IX_cal_deadlines_OwnerType_OwnerId" ON cal_deadlines ("OwnerType", "OwnerId");

CREATE UNIQUE INDEX "IX_cal_year_decisions_Year" ON cal_year_decisions ("Year");
