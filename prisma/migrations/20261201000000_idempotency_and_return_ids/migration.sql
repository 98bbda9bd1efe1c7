-- A key keeps its request hash for its whole lifetime (created_at + 24 h); a takeover of an
-- abandoned attempt moves attempt_started_at, never created_at.
ALTER TABLE "idempotency_keys" ADD COLUMN "attempt_started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX "idempotency_keys_created_at_idx" ON "idempotency_keys"("created_at");

-- A return's workflow id comes from the return's own id now, not from a per-order counter.
ALTER TABLE "orders" DROP COLUMN "returns_started";
