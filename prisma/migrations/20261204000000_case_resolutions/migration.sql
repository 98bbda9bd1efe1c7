-- Pre-aggregates for the resolution report (src/use-cases/resolution-report.ts), so that a window
-- of a year reads one narrow row a case instead of joining the cases, their work step records and
-- their timelines. case_resolutions holds, per case, what the report asks of it: its transfers so
-- far, whether it was resolved at first contact (closed by its opener, never transferred nor
-- escalated, its work step completed by the end of its first-contact window) and whether it
-- repeats a case of the same customer and category opened in the 30 days before it. Triggers on
-- cases, timeline_events and step_records recompute the rows of the cases a write touches, in the
-- transaction of that write.

-- CreateTable
CREATE TABLE "case_resolutions" (
    "case_id" UUID NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL,
    "customer_id" TEXT NOT NULL,
    "category" TEXT,
    "transfers" INTEGER NOT NULL,
    "resolved" BOOLEAN NOT NULL,
    "repeated" BOOLEAN NOT NULL,

    CONSTRAINT "case_resolutions_pkey" PRIMARY KEY ("case_id")
);

CREATE INDEX "case_resolutions_opened_at_idx" ON "case_resolutions" ("opened_at") INCLUDE ("transfers", "resolved");
CREATE INDEX "case_resolutions_passed_around_idx" ON "case_resolutions" ("opened_at") INCLUDE ("transfers") WHERE "transfers" >= 3;
CREATE INDEX "case_resolutions_repeated_idx" ON "case_resolutions" ("opened_at") INCLUDE ("customer_id", "category") WHERE "repeated";
-- A case's work step, found from the case.
CREATE INDEX "step_records_work_of_case_idx" ON "step_records" ("workflow_id", "started_at") INCLUDE ("due_at", "completed_at")
  WHERE "process" = 'case' AND "step" = 'work';

-- Recomputes the rows of these cases from their sources. Their rows are locked first, so that a
-- concurrent write to the same case waits and then reads this one's (each statement of a plpgsql
-- function reads a fresh snapshot). A work step without a due time (recorded before cases had
-- one) is resolved by the current policy's firstContactResolutionWindow.
CREATE FUNCTION "refresh_case_resolutions"(ids UUID[]) RETURNS VOID LANGUAGE plpgsql AS $function$
BEGIN
  PERFORM 1 FROM case_resolutions WHERE case_id = ANY(ids) ORDER BY case_id FOR UPDATE;
  DELETE FROM case_resolutions r WHERE r.case_id = ANY(ids) AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = r.case_id);
  INSERT INTO case_resolutions AS kept (case_id, opened_at, customer_id, category, transfers, resolved, repeated)
  SELECT c.id, c.opened_at, c.customer_id, c.category, moves.transfers,
         coalesce(moves.closed_by = c.opened_by_id AND moves.transfers = 0 AND NOT moves.escalated
                  AND work.completed_at <= coalesce(work.due_at, c.opened_at + (
                    SELECT (document ->> 'firstContactResolutionWindow')::interval FROM policy_versions
                    WHERE name = 'cases' ORDER BY version DESC LIMIT 1)), false),
         EXISTS (SELECT 1 FROM cases earlier
                 WHERE earlier.customer_id = c.customer_id AND earlier.category = c.category
                   AND earlier.opened_at >= c.opened_at - interval '30 days' AND (earlier.opened_at, earlier.id) < (c.opened_at, c.id))
  FROM cases c
  -- Every event of the case, by its own index (a condition on type lets the planner scan the whole
  -- type index for each case); the aggregates pick the types.
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE e.type = 'case.transferred')::int AS transfers,
           coalesce(bool_or(e.type = 'escalation.raised'), false) AS escalated,
           (array_agg(e.actor_id ORDER BY e.occurred_at, e.id) FILTER (WHERE e.type = 'case.closed'))[1] AS closed_by
    FROM timeline_events e
    WHERE e.case_id = c.id
  ) AS moves
  LEFT JOIN LATERAL (
    SELECT s.completed_at, s.due_at FROM step_records s
    WHERE s.workflow_id = c.workflow_id AND s.process = 'case' AND s.step = 'work'
    ORDER BY s.started_at LIMIT 1
  ) AS work ON TRUE
  WHERE c.id = ANY(ids)
  ORDER BY c.id
  ON CONFLICT (case_id) DO UPDATE
    SET opened_at = excluded.opened_at, customer_id = excluded.customer_id, category = excluded.category,
        transfers = excluded.transfers, resolved = excluded.resolved, repeated = excluded.repeated;
END
$function$;

-- A case written: its own row, and the next case of the same customer and category after its old
-- and its new place (whether that one repeats can change; a later one already has a case within 30
-- days before it). Writers of one customer and category take turns (one of 256 locks by its hash,
-- so that a bulk write takes few), so each sees the other's case.
CREATE FUNCTION "cases_resolutions"() RETURNS TRIGGER LANGUAGE plpgsql AS $function$
DECLARE
  changed TEXT := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
    ELSE 'SELECT n.* FROM new_rows n JOIN old_rows o USING (id)
          WHERE (n.opened_at, n.customer_id, n.category, n.opened_by_id, n.workflow_id)
                IS DISTINCT FROM (o.opened_at, o.customer_id, o.category, o.opened_by_id, o.workflow_id)
          UNION ALL
          SELECT o.* FROM old_rows o JOIN new_rows n USING (id)
          WHERE (o.opened_at, o.customer_id, o.category) IS DISTINCT FROM (n.opened_at, n.customer_id, n.category)'
  END;
  ids UUID[];
BEGIN
  EXECUTE format($sql$
    SELECT count(pg_advisory_xact_lock(hashtext('case_resolutions'), slot))
    FROM (SELECT DISTINCT hashtext(customer_id || '/' || category) & 255 AS slot FROM (%s) AS changed WHERE category IS NOT NULL ORDER BY 1) AS slots
  $sql$, changed);
  EXECUTE format($sql$
    WITH changed AS (%s)
    SELECT array_agg(DISTINCT id) FROM (
      SELECT id FROM changed
      UNION ALL
      SELECT next.id FROM changed CROSS JOIN LATERAL (
        SELECT later.id FROM cases later
        WHERE later.customer_id = changed.customer_id AND later.category = changed.category
          AND (later.opened_at, later.id) > (changed.opened_at, changed.id)
        ORDER BY later.opened_at, later.id LIMIT 1
      ) AS next
    ) AS touched
  $sql$, changed) INTO ids;
  IF ids IS NOT NULL THEN
    PERFORM refresh_case_resolutions(ids);
  END IF;
  RETURN NULL;
END
$function$;

-- The cases a write to timeline_events or step_records touched: the trigger's argument selects
-- their ids from `changed`, the rows written (old and new).
CREATE FUNCTION "touched_case_resolutions"() RETURNS TRIGGER LANGUAGE plpgsql AS $function$
DECLARE
  changed TEXT := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT * FROM old_rows'
    ELSE 'SELECT * FROM new_rows UNION ALL SELECT * FROM old_rows'
  END;
  ids UUID[];
BEGIN
  EXECUTE format('WITH changed AS (%s) SELECT array_agg(DISTINCT id) FROM (%s) AS touched', changed, TG_ARGV[0]) INTO ids;
  IF ids IS NOT NULL THEN
    PERFORM refresh_case_resolutions(ids);
  END IF;
  RETURN NULL;
END
$function$;

-- No write may land between the backfill's snapshot and the triggers: both happen under these locks.
LOCK TABLE "cases", "timeline_events", "step_records" IN SHARE MODE;

CREATE TRIGGER "cases_resolutions_insert" AFTER INSERT ON "cases"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cases_resolutions"();
CREATE TRIGGER "cases_resolutions_update" AFTER UPDATE ON "cases"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "cases_resolutions"();
CREATE TRIGGER "cases_resolutions_delete" AFTER DELETE ON "cases"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "cases_resolutions"();
CREATE TRIGGER "timeline_events_resolutions_insert" AFTER INSERT ON "timeline_events"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touched_case_resolutions"(
    'SELECT case_id AS id FROM changed WHERE type IN (''case.transferred'', ''escalation.raised'', ''case.closed'')');
CREATE TRIGGER "timeline_events_resolutions_update" AFTER UPDATE ON "timeline_events"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touched_case_resolutions"(
    'SELECT case_id AS id FROM changed WHERE type IN (''case.transferred'', ''escalation.raised'', ''case.closed'')');
CREATE TRIGGER "timeline_events_resolutions_delete" AFTER DELETE ON "timeline_events"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "touched_case_resolutions"(
    'SELECT case_id AS id FROM changed WHERE type IN (''case.transferred'', ''escalation.raised'', ''case.closed'')');
CREATE TRIGGER "step_records_resolutions_insert" AFTER INSERT ON "step_records"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touched_case_resolutions"(
    'SELECT c.id FROM changed JOIN cases c USING (workflow_id) WHERE changed.process = ''case'' AND changed.step = ''work''');
CREATE TRIGGER "step_records_resolutions_update" AFTER UPDATE ON "step_records"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "touched_case_resolutions"(
    'SELECT c.id FROM changed JOIN cases c USING (workflow_id) WHERE changed.process = ''case'' AND changed.step = ''work''');
CREATE TRIGGER "step_records_resolutions_delete" AFTER DELETE ON "step_records"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "touched_case_resolutions"(
    'SELECT c.id FROM changed JOIN cases c USING (workflow_id) WHERE changed.process = ''case'' AND changed.step = ''work''');

-- Backfill: the cases opened before this migration.
SELECT refresh_case_resolutions(ARRAY(SELECT id FROM cases));
