-- AlterTable
ALTER TABLE "diaspora"."audit_entry" ADD COLUMN     "client_request_id" TEXT;

-- AlterTable
ALTER TABLE "diaspora"."idempotency_key" ADD COLUMN     "request_hash" TEXT,
ADD COLUMN     "subject" TEXT;

-- CreateTable
CREATE TABLE "diaspora"."observation_revision" (
    "figure_code" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT,
    "period_label" TEXT NOT NULL,
    "objective_number" INTEGER,
    "source_document" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,
    "pandemic_response" BOOLEAN NOT NULL DEFAULT false,
    "recorded_at" TIMESTAMPTZ(6),
    "recorded_by" TEXT,
    "published_at" TIMESTAMPTZ(6),
    "published_by" TEXT,

    CONSTRAINT "observation_revision_pkey" PRIMARY KEY ("figure_code","revision")
);

-- AddForeignKey
ALTER TABLE "diaspora"."observation_revision" ADD CONSTRAINT "observation_revision_figure_code_fkey" FOREIGN KEY ("figure_code") REFERENCES "diaspora"."observation"("code") ON DELETE CASCADE ON UPDATE CASCADE;
