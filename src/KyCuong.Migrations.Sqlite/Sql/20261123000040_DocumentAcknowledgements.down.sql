DROP TABLE "doc_ack_reminders";
DROP INDEX "IX_doc_acknowledgements_UserId";
DROP INDEX "IX_doc_acknowledgements_DocumentId_UserId";
DROP TABLE "doc_acknowledgements";
DROP INDEX "IX_doc_ack_units_UnitId";
DROP TABLE "doc_ack_units";
DROP TABLE "doc_ack_campaigns";
