-- CreateEnum
CREATE TYPE "diaspora"."figure_qualifier" AS ENUM ('EXACT', 'AT_LEAST', 'MORE_THAN', 'APPROXIMATELY', 'ALMOST');

-- CreateEnum
CREATE TYPE "diaspora"."period_kind" AS ENUM ('DURING', 'SINCE', 'UP_TO', 'AS_OF');

-- AlterTable
ALTER TABLE "diaspora"."observation" ADD COLUMN     "period_kind" "diaspora"."period_kind",
ADD COLUMN     "qualifier" "diaspora"."figure_qualifier" NOT NULL DEFAULT 'EXACT',
ALTER COLUMN "period_start" DROP NOT NULL,
ALTER COLUMN "period_label" DROP NOT NULL;

-- AlterTable
ALTER TABLE "diaspora"."observation_revision" ADD COLUMN     "period_kind" "diaspora"."period_kind",
ADD COLUMN     "qualifier" "diaspora"."figure_qualifier" NOT NULL DEFAULT 'EXACT',
ALTER COLUMN "period_start" DROP NOT NULL,
ALTER COLUMN "period_label" DROP NOT NULL;

-- Figures recorded before periods had kinds keep their reading: start to end, or start up to the report.
UPDATE "diaspora"."observation" SET "period_kind" = (CASE WHEN "period_end" IS NULL THEN 'SINCE' ELSE 'DURING' END)::"diaspora"."period_kind";
UPDATE "diaspora"."observation_revision" SET "period_kind" = (CASE WHEN "period_end" IS NULL THEN 'SINCE' ELSE 'DURING' END)::"diaspora"."period_kind";
