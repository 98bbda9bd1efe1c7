-- CreateTable
CREATE TABLE "process_final_states" (
    "workflow_id" TEXT NOT NULL,
    "process" TEXT NOT NULL,
    "state" JSONB NOT NULL,
    "finished_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "process_final_states_pkey" PRIMARY KEY ("workflow_id")
);
