-- The resolution report counts the returns requested in its window (and how many customers started
-- themselves): read by a range scan of the request time.

-- CreateIndex
CREATE INDEX "returns_requested_at_idx" ON "returns"("requested_at");
