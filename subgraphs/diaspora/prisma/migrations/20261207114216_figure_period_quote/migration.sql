-- AlterTable
ALTER TABLE "diaspora"."observation" ADD COLUMN     "period_quote" TEXT;

-- AlterTable
ALTER TABLE "diaspora"."observation_revision" ADD COLUMN     "period_quote" TEXT;
