DROP TABLE "sys_outbox";
