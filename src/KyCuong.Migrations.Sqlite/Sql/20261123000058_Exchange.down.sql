DROP TABLE "exch_events";
DROP TABLE "exch_messages";
