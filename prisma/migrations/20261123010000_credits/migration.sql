-- CreateTable
CREATE TABLE "credits" (
    "id" UUID NOT NULL,
    "workflow_id" TEXT NOT NULL,
    "customer_id" TEXT NOT NULL,
    "case_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "queue_role" TEXT,
    "dual_control" BOOLEAN NOT NULL DEFAULT false,
    "policy_version" INTEGER NOT NULL,
    "source_type" TEXT,
    "source_id" TEXT,
    "requested_at" TIMESTAMPTZ(3) NOT NULL,
    "decided_at" TIMESTAMPTZ(3),
    "posted_at" TIMESTAMPTZ(3),

    CONSTRAINT "credits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "credit_approvals" (
    "id" BIGSERIAL NOT NULL,
    "credit_id" UUID NOT NULL,
    "approver_id" UUID NOT NULL,
    "on_behalf_of_id" UUID,
    "role" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "note" TEXT,
    "decided_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "credit_approvals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_entries" (
    "id" BIGSERIAL NOT NULL,
    "credit_id" UUID NOT NULL,
    "customer_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "posted_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ledger_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "store_credit_balances" (
    "customer_id" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "balance_minor" BIGINT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "store_credit_balances_pkey" PRIMARY KEY ("customer_id","currency")
);

-- CreateTable
CREATE TABLE "refund_instructions" (
    "id" BIGSERIAL NOT NULL,
    "credit_id" UUID NOT NULL,
    "customer_id" TEXT NOT NULL,
    "amount_minor" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "status" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "refund_instructions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" BIGSERIAL NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "delegations" (
    "id" UUID NOT NULL,
    "delegator_id" UUID NOT NULL,
    "delegate_id" UUID NOT NULL,
    "from_date" DATE NOT NULL,
    "to_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "delegations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "credits_workflow_id_key" ON "credits"("workflow_id");

-- CreateIndex
CREATE INDEX "credits_status_queue_role_idx" ON "credits"("status", "queue_role");

-- CreateIndex
CREATE INDEX "credits_customer_id_kind_status_idx" ON "credits"("customer_id", "kind", "status");

-- CreateIndex
CREATE UNIQUE INDEX "credit_approvals_credit_id_approver_id_key" ON "credit_approvals"("credit_id", "approver_id");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entries_credit_id_key" ON "ledger_entries"("credit_id");

-- CreateIndex
CREATE INDEX "ledger_entries_customer_id_posted_at_idx" ON "ledger_entries"("customer_id", "posted_at");

-- CreateIndex
CREATE UNIQUE INDEX "refund_instructions_credit_id_key" ON "refund_instructions"("credit_id");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_dedupe_key_key" ON "notifications"("dedupe_key");

-- CreateIndex
CREATE INDEX "notifications_status_created_at_idx" ON "notifications"("status", "created_at");

-- CreateIndex
CREATE INDEX "delegations_delegate_id_from_date_to_date_idx" ON "delegations"("delegate_id", "from_date", "to_date");

-- AddForeignKey
ALTER TABLE "credits" ADD CONSTRAINT "credits_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credits" ADD CONSTRAINT "credits_case_id_fkey" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "credit_approvals" ADD CONSTRAINT "credit_approvals_credit_id_fkey" FOREIGN KEY ("credit_id") REFERENCES "credits"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_credit_id_fkey" FOREIGN KEY ("credit_id") REFERENCES "credits"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
