-- AlterTable
ALTER TABLE "plan"."audit_entry" ADD COLUMN     "client_request_id" TEXT;

-- AlterTable
ALTER TABLE "plan"."idempotency_key" ADD COLUMN     "request_hash" TEXT,
ADD COLUMN     "subject" TEXT;
