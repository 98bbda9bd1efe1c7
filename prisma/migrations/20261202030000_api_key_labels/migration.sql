-- People name the keys they make for themselves.
ALTER TABLE "api_keys" ADD COLUMN "label" TEXT;
