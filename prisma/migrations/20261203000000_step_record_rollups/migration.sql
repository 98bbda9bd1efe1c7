-- Pre-aggregates for the SLA report, so that a window of a year reads a few thousand rows instead
-- of a million. The step records are counted by the UTC day they started, in aligned blocks of
-- 2^level days (level 0..8: 1 to 256 days; block = day number since 1970-01-01 >> level), so that
-- any range of whole days is at most two blocks of each size (src/domain/day-blocks.ts). Durations
-- go into log-spaced buckets whose representative value is within 2% of every value in it
-- (src/domain/duration-histogram.ts). A trigger keeps both in the transaction of every write to
-- step_records; the report reads the partial days at a window's ends from step_records itself.

-- Bucket 0 holds 0 ms; bucket b >= 1 holds (g^(b-2), g^(b-1)] ms with g = 1.02 / 0.98.
CREATE FUNCTION "step_duration_bucket"(duration_ms BIGINT) RETURNS SMALLINT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN CASE WHEN duration_ms <= 0 THEN 0 ELSE 1 + ceil(ln(duration_ms::float8) / ln(1.02::float8 / 0.98::float8)) END;

-- CreateTable
CREATE TABLE "step_record_blocks" (
    "level" SMALLINT NOT NULL,
    "block" INTEGER NOT NULL,
    "process" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "started" INTEGER NOT NULL,
    "completed" INTEGER NOT NULL,
    "breached" INTEGER NOT NULL,

    CONSTRAINT "step_record_blocks_pkey" PRIMARY KEY ("level", "block", "process", "step")
);

-- CreateTable
CREATE TABLE "step_duration_blocks" (
    "level" SMALLINT NOT NULL,
    "block" INTEGER NOT NULL,
    "process" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "bucket" SMALLINT NOT NULL,
    "records" INTEGER NOT NULL,

    CONSTRAINT "step_duration_blocks_pkey" PRIMARY KEY ("level", "block", "process", "step", "bucket")
);

-- What a set of step records adds (sign 1) or takes away (sign -1) in every block holding their
-- start day. An update adds its new rows and takes its old ones away: one that changes none of
-- start, completion, duration and breach nets to nothing and writes nothing. Rows are upserted in
-- key order, so that concurrent writers lock shared blocks in the same order.
CREATE FUNCTION "step_records_roll_up"() RETURNS TRIGGER LANGUAGE plpgsql AS $function$
DECLARE
  changed TEXT := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows'
  END;
BEGIN
  EXECUTE format($sql$
    WITH changed AS (%s),
    counted AS (
      SELECT level::smallint AS level, floor(extract(epoch FROM started_at) / 86400)::int >> level AS block, process, step, sign,
             (completed_at IS NOT NULL)::int AS completed, (breached_at IS NOT NULL)::int AS breached,
             CASE WHEN completed_at IS NOT NULL AND duration_ms IS NOT NULL THEN step_duration_bucket(duration_ms) END AS bucket
      FROM changed CROSS JOIN generate_series(0, 8) AS level
    ),
    counts AS (
      INSERT INTO step_record_blocks AS total (level, block, process, step, started, completed, breached)
      SELECT level, block, process, step, sum(sign), sum(sign * completed), sum(sign * breached)
      FROM counted
      GROUP BY level, block, process, step
      HAVING sum(sign) <> 0 OR sum(sign * completed) <> 0 OR sum(sign * breached) <> 0
      ORDER BY level, block, process, step
      ON CONFLICT (level, block, process, step) DO UPDATE
        SET started = total.started + excluded.started, completed = total.completed + excluded.completed,
            breached = total.breached + excluded.breached
    )
    INSERT INTO step_duration_blocks AS total (level, block, process, step, bucket, records)
    SELECT level, block, process, step, bucket, sum(sign)
    FROM counted
    WHERE bucket IS NOT NULL
    GROUP BY level, block, process, step, bucket
    HAVING sum(sign) <> 0
    ORDER BY level, block, process, step, bucket
    ON CONFLICT (level, block, process, step, bucket) DO UPDATE SET records = total.records + excluded.records
  $sql$, changed);
  RETURN NULL;
END
$function$;

-- No write may land between the backfill's snapshot and the triggers: both happen under this lock.
LOCK TABLE "step_records" IN SHARE MODE;

CREATE TRIGGER "step_records_roll_up_insert" AFTER INSERT ON "step_records"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "step_records_roll_up"();
CREATE TRIGGER "step_records_roll_up_update" AFTER UPDATE ON "step_records"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "step_records_roll_up"();
CREATE TRIGGER "step_records_roll_up_delete" AFTER DELETE ON "step_records"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "step_records_roll_up"();

-- Backfill: the step records written before this migration.
INSERT INTO "step_record_blocks" (level, block, process, step, started, completed, breached)
SELECT level, floor(extract(epoch FROM started_at) / 86400)::int >> level, process, step,
       count(*), count(*) FILTER (WHERE completed_at IS NOT NULL), count(*) FILTER (WHERE breached_at IS NOT NULL)
FROM "step_records" CROSS JOIN generate_series(0, 8) AS level
GROUP BY 1, 2, 3, 4;

INSERT INTO "step_duration_blocks" (level, block, process, step, bucket, records)
SELECT level, floor(extract(epoch FROM started_at) / 86400)::int >> level, process, step, step_duration_bucket(duration_ms), count(*)
FROM "step_records" CROSS JOIN generate_series(0, 8) AS level
WHERE completed_at IS NOT NULL AND duration_ms IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
