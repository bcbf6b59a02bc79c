-- AlterTable
ALTER TABLE "border"."observation" ADD COLUMN     "period_quote" TEXT;

-- AlterTable
ALTER TABLE "border"."observation_revision" ADD COLUMN     "period_quote" TEXT;
