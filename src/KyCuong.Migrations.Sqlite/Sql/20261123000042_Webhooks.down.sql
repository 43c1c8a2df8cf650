DROP TABLE "hook_overdue";
DROP INDEX "IX_hook_attempts_DeliveryId_Attempt";
DROP TABLE "hook_attempts";
DROP INDEX "IX_hook_deliveries_SubscriptionId_CreatedAtUtc";
DROP INDEX "IX_hook_deliveries_SubscriptionId_EventId";
DROP TABLE "hook_deliveries";
DROP INDEX "IX_hook_subscriptions_UnitId";
DROP TABLE "hook_subscriptions";
