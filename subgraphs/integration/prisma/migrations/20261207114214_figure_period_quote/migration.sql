-- AlterTable
ALTER TABLE "integration"."observation" ADD COLUMN     "period_quote" TEXT;

-- AlterTable
ALTER TABLE "integration"."observation_revision" ADD COLUMN     "period_quote" TEXT;
