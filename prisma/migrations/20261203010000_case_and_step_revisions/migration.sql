-- Cases and step records move only forward: the workflow numbers its changes of a case's row, and an
-- SLA clock its changes of the step's due time, so a retried or late write never sets one back.

-- AlterTable
ALTER TABLE "cases" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "step_records" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
