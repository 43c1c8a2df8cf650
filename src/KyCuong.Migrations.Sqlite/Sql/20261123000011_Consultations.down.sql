DROP TABLE "csl_attachments";
DROP TABLE "csl_marks";
DROP TABLE "csl_notices";
DROP TABLE "csl_participants";
DROP TABLE "csl_consultations";
