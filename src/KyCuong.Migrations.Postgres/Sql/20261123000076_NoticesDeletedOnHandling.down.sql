DROP INDEX "IX_ntf_notifications_RecipientUserId_Unread";
DROP INDEX "IX_sys_outbox_ProcessedAtUtc";
