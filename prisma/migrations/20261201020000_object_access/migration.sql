-- AlterTable
ALTER TABLE "orders" ADD COLUMN "created_by_id" UUID;

-- CreateIndex
CREATE INDEX "cases_opened_by_id_idx" ON "cases"("opened_by_id");

-- CreateIndex
CREATE INDEX "timeline_events_actor_id_case_id_idx" ON "timeline_events"("actor_id", "case_id");

-- CreateIndex
CREATE INDEX "escalations_assignee_id_idx" ON "escalations"("assignee_id");

-- CreateIndex
CREATE INDEX "orders_created_by_id_idx" ON "orders"("created_by_id");
