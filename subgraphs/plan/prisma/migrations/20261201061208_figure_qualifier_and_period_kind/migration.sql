-- CreateEnum
CREATE TYPE "plan"."figure_qualifier" AS ENUM ('EXACT', 'AT_LEAST', 'MORE_THAN', 'APPROXIMATELY', 'ALMOST');

-- CreateEnum
CREATE TYPE "plan"."period_kind" AS ENUM ('DURING', 'SINCE', 'UP_TO', 'AS_OF');

-- AlterTable
ALTER TABLE "plan"."observation" ADD COLUMN     "period_kind" "plan"."period_kind",
ADD COLUMN     "qualifier" "plan"."figure_qualifier" NOT NULL DEFAULT 'EXACT',
ALTER COLUMN "period_start" DROP NOT NULL,
ALTER COLUMN "period_label" DROP NOT NULL;

-- Figures recorded before periods had kinds keep their reading: start to end, or start up to the report.
UPDATE "plan"."observation" SET "period_kind" = (CASE WHEN "period_end" IS NULL THEN 'SINCE' ELSE 'DURING' END)::"plan"."period_kind";
