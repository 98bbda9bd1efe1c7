-- A process's read-model write carries the workflow's revision: its event is stored once per
-- (workflow id, revision), and its row moves only to a newer revision.
ALTER TABLE "timeline_events" ADD COLUMN "workflow_id" TEXT, ADD COLUMN "revision" INTEGER;

-- CreateIndex
CREATE UNIQUE INDEX "timeline_events_workflow_id_revision_key" ON "timeline_events"("workflow_id", "revision");

-- AlterTable
ALTER TABLE "credits" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "returns" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
