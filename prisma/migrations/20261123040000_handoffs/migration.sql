-- CreateTable
CREATE TABLE "handoffs" (
    "id" UUID NOT NULL,
    "deal_id" TEXT NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "case_id" UUID NOT NULL,
    "customer_id" TEXT NOT NULL,
    "customer_name" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "owner_id" UUID,
    "status" TEXT NOT NULL,
    "sales_rep" TEXT NOT NULL,
    "handed_over_by_id" UUID NOT NULL,
    "deal_closed_at" TIMESTAMPTZ(3) NOT NULL,
    "handed_over_at" TIMESTAMPTZ(3) NOT NULL,
    "welcomed_at" TIMESTAMPTZ(3),
    "open_commitments" INTEGER NOT NULL,
    "survey_status" TEXT NOT NULL,
    "completed_at" TIMESTAMPTZ(3),
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "handoffs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nps_responses" (
    "handoff_id" UUID NOT NULL,
    "customer_id" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "category" TEXT NOT NULL,
    "comment" TEXT,
    "answered_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "nps_responses_pkey" PRIMARY KEY ("handoff_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "handoffs_deal_id_key" ON "handoffs"("deal_id");

-- CreateIndex
CREATE UNIQUE INDEX "handoffs_workflow_id_key" ON "handoffs"("workflow_id");

-- CreateIndex
CREATE INDEX "handoffs_owner_id_status_idx" ON "handoffs"("owner_id", "status");

-- CreateIndex
CREATE INDEX "handoffs_customer_id_idx" ON "handoffs"("customer_id");

-- CreateIndex
CREATE INDEX "nps_responses_answered_at_idx" ON "nps_responses"("answered_at");

-- AddForeignKey
ALTER TABLE "nps_responses" ADD CONSTRAINT "nps_responses_handoff_id_fkey" FOREIGN KEY ("handoff_id") REFERENCES "handoffs"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
