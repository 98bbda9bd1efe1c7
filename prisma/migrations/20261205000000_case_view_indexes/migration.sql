-- Reading one case finds the processes started on it and their step records by these columns;
-- without them each read scanned the whole tables.
CREATE INDEX "credits_case_id_idx" ON "credits"("case_id");
CREATE INDEX "returns_case_id_idx" ON "returns"("case_id");
CREATE INDEX "handoffs_case_id_idx" ON "handoffs"("case_id");
CREATE INDEX "step_records_workflow_id_idx" ON "step_records"("workflow_id");
