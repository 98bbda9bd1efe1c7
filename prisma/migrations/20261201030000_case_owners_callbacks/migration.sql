-- One accountable owner per case: the agent who opened it, until a transfer moves it.
ALTER TABLE "cases" ADD COLUMN "owner_id" UUID;
UPDATE "cases" SET "owner_id" = "opened_by_id";
ALTER TABLE "cases" ALTER COLUMN "owner_id" SET NOT NULL;
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- What the customer called about, for repeat contacts.
ALTER TABLE "cases" ADD COLUMN "category" TEXT;

-- CreateIndex
CREATE INDEX "cases_owner_id_status_idx" ON "cases"("owner_id", "status");

-- CreateIndex
CREATE INDEX "cases_customer_id_category_opened_at_idx" ON "cases"("customer_id", "category", "opened_at");

-- The resolution report, read index-only (not in schema.prisma: INCLUDE columns, a partial index):
-- the transfers, escalations and closes since a window began, by event type;
CREATE INDEX "timeline_events_type_occurred_at_idx" ON "timeline_events"("type", "occurred_at") INCLUDE ("case_id", "actor_id");
-- and the work steps of the cases opened in the window, due at the end of their first-contact window.
CREATE INDEX "step_records_case_work_idx" ON "step_records"("started_at") INCLUDE ("workflow_id", "due_at", "completed_at") WHERE "process" = 'case' AND "step" = 'work';

-- CreateTable
CREATE TABLE "callbacks" (
    "case_id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "owner_id" UUID NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "note" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "promised_by_id" UUID NOT NULL,
    "promised_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),
    "step_key" TEXT NOT NULL,

    CONSTRAINT "callbacks_pkey" PRIMARY KEY ("case_id","number")
);

-- CreateIndex
CREATE INDEX "callbacks_due_at_idx" ON "callbacks"("due_at");

-- AddForeignKey
ALTER TABLE "callbacks" ADD CONSTRAINT "callbacks_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
