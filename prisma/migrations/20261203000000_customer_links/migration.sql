-- Customer links: the key that signs them when CUSTOMER_LINK_KEY is not configured (made once, by
-- whichever process needs it first), and the single-use links already used (one use per purpose
-- and object: the last guard against a survey answered twice through its link).

-- CreateTable
CREATE TABLE "customer_link_keys" (
    "name" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "customer_link_keys_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "customer_link_uses" (
    "purpose" TEXT NOT NULL,
    "object_id" TEXT NOT NULL,
    "used_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "customer_link_uses_pkey" PRIMARY KEY ("purpose","object_id")
);

-- CreateIndex
CREATE INDEX "customer_link_uses_purpose_used_at_idx" ON "customer_link_uses"("purpose", "used_at");
