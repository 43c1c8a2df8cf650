CREATE TABLE "rpt_reminders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_rpt_reminders" PRIMARY KEY,
    "ReportId" TEXT NOT NULL,
    "Step" INTEGER NOT NULL,
    "RecipientUserId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    CONSTRAINT "FK_rpt_reminders_rpt_reports_ReportId" FOREIGN KEY ("ReportId") REFERENCES "rpt_reports" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_rpt_reminders_ReportId_Step_RecipientUserId" ON "rpt_reminders" ("ReportId", "Step", "RecipientUserId");
