-- CreateEnum
CREATE TYPE "diaspora"."figure_status" AS ENUM ('DRAFT', 'PUBLISHED');

-- AlterTable
ALTER TABLE "diaspora"."cooperation_agreement" ADD COLUMN     "source_document" TEXT NOT NULL DEFAULT 'Voluntary national report on the implementation of the Global Compact for Safe, Orderly and Regular Migration in Portugal (2022)';

-- AlterTable
ALTER TABLE "diaspora"."observation" ADD COLUMN     "source_document" TEXT NOT NULL DEFAULT 'Voluntary national report on the implementation of the Global Compact for Safe, Orderly and Regular Migration in Portugal (2022)',
ADD COLUMN     "status" "diaspora"."figure_status" NOT NULL DEFAULT 'PUBLISHED';

-- CreateTable
CREATE TABLE "diaspora"."audit_entry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "department" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT NOT NULL,

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "diaspora"."idempotency_key" (
    "department" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "response" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("department","key")
);

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "diaspora"."audit_entry"("at");

-- CreateIndex
CREATE INDEX "observation_status_idx" ON "diaspora"."observation"("status");
