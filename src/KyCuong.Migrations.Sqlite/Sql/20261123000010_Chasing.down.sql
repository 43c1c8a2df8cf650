DROP TABLE "chs_flags";
DROP TABLE "chs_ladders";
DROP TABLE "chs_reminders";
DROP TABLE "chs_tallies";
DROP TABLE "chs_watches";
