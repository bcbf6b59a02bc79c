-- AlterTable
ALTER TABLE "labour"."observation" ADD COLUMN     "period_quote" TEXT;

-- AlterTable
ALTER TABLE "labour"."observation_revision" ADD COLUMN     "period_quote" TEXT;
