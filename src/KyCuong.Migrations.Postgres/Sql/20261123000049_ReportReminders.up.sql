CREATE TABLE rpt_reminders (
    "Id" uuid NOT NULL,
    "ReportId" uuid NOT NULL,
    "Step" integer NOT NULL,
    "RecipientUserId" uuid NOT NULL,
    "Kind" character varying(20) NOT NULL,
    "AtUtc" timestamp with time zone NOT NULL,
    "DueDate" date NOT NULL,
    CONSTRAINT "PK_rpt_reminders" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_rpt_reminders_rpt_reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES rpt_reports ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_rpt_reminders_ReportId_Step_RecipientUserId" ON rpt_reminders ("ReportId", "Step", "RecipientUserId");
