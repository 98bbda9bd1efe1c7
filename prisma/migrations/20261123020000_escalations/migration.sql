-- CreateTable
CREATE TABLE "escalations" (
    "id" UUID NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "case_id" UUID NOT NULL,
    "customer_id" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "tier" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "raised_by_id" UUID,
    "assignee_id" UUID,
    "resolution_code" TEXT,
    "source_type" TEXT,
    "source_id" TEXT,
    "raised_at" TIMESTAMPTZ(3) NOT NULL,
    "acknowledged_at" TIMESTAMPTZ(3),
    "resolved_at" TIMESTAMPTZ(3),
    "closed_at" TIMESTAMPTZ(3),
    "revision" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "escalations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "escalations_workflow_id_key" ON "escalations"("workflow_id");

-- CreateIndex
CREATE INDEX "escalations_tier_status_raised_at_idx" ON "escalations"("tier", "status", "raised_at");

-- CreateIndex
CREATE INDEX "escalations_category_raised_at_idx" ON "escalations"("category", "raised_at");

-- CreateIndex
CREATE INDEX "escalations_case_id_idx" ON "escalations"("case_id");
