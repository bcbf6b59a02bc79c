-- CreateEnum
CREATE TYPE "social"."figure_status" AS ENUM ('DRAFT', 'PUBLISHED');

-- AlterTable
ALTER TABLE "social"."observation" ADD COLUMN     "source_document" TEXT NOT NULL DEFAULT 'Voluntary national report on the implementation of the Global Compact for Safe, Orderly and Regular Migration in Portugal (2022)',
ADD COLUMN     "status" "social"."figure_status" NOT NULL DEFAULT 'PUBLISHED';

-- CreateTable
CREATE TABLE "social"."audit_entry" (
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
CREATE TABLE "social"."idempotency_key" (
    "department" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "response" JSONB,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_key_pkey" PRIMARY KEY ("department","key")
);

-- CreateIndex
CREATE INDEX "audit_entry_at_idx" ON "social"."audit_entry"("at");

-- CreateIndex
CREATE INDEX "observation_status_idx" ON "social"."observation"("status");
