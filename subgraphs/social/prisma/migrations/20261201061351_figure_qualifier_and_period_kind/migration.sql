-- CreateEnum
CREATE TYPE "social"."figure_qualifier" AS ENUM ('EXACT', 'AT_LEAST', 'MORE_THAN', 'APPROXIMATELY', 'ALMOST');

-- CreateEnum
CREATE TYPE "social"."period_kind" AS ENUM ('DURING', 'SINCE', 'UP_TO', 'AS_OF');

-- AlterTable
ALTER TABLE "social"."observation" ADD COLUMN     "period_kind" "social"."period_kind",
ADD COLUMN     "qualifier" "social"."figure_qualifier" NOT NULL DEFAULT 'EXACT',
ALTER COLUMN "period_start" DROP NOT NULL,
ALTER COLUMN "period_label" DROP NOT NULL;

-- AlterTable
ALTER TABLE "social"."observation_revision" ADD COLUMN     "period_kind" "social"."period_kind",
ADD COLUMN     "qualifier" "social"."figure_qualifier" NOT NULL DEFAULT 'EXACT',
ALTER COLUMN "period_start" DROP NOT NULL,
ALTER COLUMN "period_label" DROP NOT NULL;

-- Figures recorded before periods had kinds keep their reading: start to end, or start up to the report.
UPDATE "social"."observation" SET "period_kind" = (CASE WHEN "period_end" IS NULL THEN 'SINCE' ELSE 'DURING' END)::"social"."period_kind";
UPDATE "social"."observation_revision" SET "period_kind" = (CASE WHEN "period_end" IS NULL THEN 'SINCE' ELSE 'DURING' END)::"social"."period_kind";
