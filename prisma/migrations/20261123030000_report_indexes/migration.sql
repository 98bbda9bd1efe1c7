-- SLA report indexes, read index-only; not in schema.prisma: Prisma cannot express INCLUDE columns.

-- The timings of one process and step over a window of started_at.
CREATE INDEX "step_records_timing_idx" ON "step_records"("process", "step", "started_at") INCLUDE ("completed_at", "duration_ms", "breached_at");

-- The work open now: few rows of a large table.
CREATE INDEX "step_records_open_idx" ON "step_records"("process", "step") INCLUDE ("started_at", "due_at", "warned_at", "breached_at") WHERE "completed_at" IS NULL;

-- Superseded by step_records_timing_idx.
DROP INDEX "step_records_process_step_started_at_idx";
