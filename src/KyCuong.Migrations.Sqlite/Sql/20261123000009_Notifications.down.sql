DROP TABLE "ntf_emails";
DROP TABLE "ntf_notifications";
DROP TABLE "ntf_preferences";
