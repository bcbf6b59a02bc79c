-- CreateEnum
CREATE TYPE "labour"."figure_qualifier" AS ENUM ('EXACT', 'AT_LEAST', 'MORE_THAN', 'APPROXIMATELY', 'ALMOST');

-- CreateEnum
CREATE TYPE "labour"."period_kind" AS ENUM ('DURING', 'SINCE', 'UP_TO', 'AS_OF');

-- AlterTable
ALTER TABLE "labour"."observation" ADD COLUMN     "period_kind" "labour"."period_kind",
ADD COLUMN     "qualifier" "labour"."figure_qualifier" NOT NULL DEFAULT 'EXACT',
ALTER COLUMN "period_start" DROP NOT NULL,
ALTER COLUMN "period_label" DROP NOT NULL;

-- AlterTable
ALTER TABLE "labour"."observation_revision" ADD COLUMN     "period_kind" "labour"."period_kind",
ADD COLUMN     "qualifier" "labour"."figure_qualifier" NOT NULL DEFAULT 'EXACT',
ALTER COLUMN "period_start" DROP NOT NULL,
ALTER COLUMN "period_label" DROP NOT NULL;

-- Figures recorded before periods had kinds keep their reading: start to end, or start up to the report.
UPDATE "labour"."observation" SET "period_kind" = (CASE WHEN "period_end" IS NULL THEN 'SINCE' ELSE 'DURING' END)::"labour"."period_kind";
UPDATE "labour"."observation_revision" SET "period_kind" = (CASE WHEN "period_end" IS NULL THEN 'SINCE' ELSE 'DURING' END)::"labour"."period_kind";
