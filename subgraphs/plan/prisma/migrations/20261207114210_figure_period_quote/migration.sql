-- AlterTable
ALTER TABLE "plan"."observation" ADD COLUMN     "period_quote" TEXT;
