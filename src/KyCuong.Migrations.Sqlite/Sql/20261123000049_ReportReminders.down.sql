DROP TABLE "rpt_reminders";
