-- AlterTable
ALTER TABLE "social"."observation" ADD COLUMN     "period_quote" TEXT;

-- AlterTable
ALTER TABLE "social"."observation_revision" ADD COLUMN     "period_quote" TEXT;
