-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "labour";

-- CreateEnum
CREATE TYPE "labour"."labour_mobility_agreement_kind" AS ENUM ('BILATERAL', 'MULTILATERAL');

-- CreateEnum
CREATE TYPE "labour"."labour_mobility_agreement_status" AS ENUM ('UNDER_NEGOTIATION', 'CONCLUDED', 'SIGNED');

-- CreateEnum
CREATE TYPE "labour"."labour_mobility_agreement_country_role" AS ENUM ('PARTNER_COUNTRY', 'HOST_COUNTRY');

-- CreateEnum
CREATE TYPE "labour"."inspected_sector" AS ENUM ('AGRICULTURE_AND_FISHERIES', 'CONSTRUCTION', 'HOSPITALITY_AND_CATERING');

-- CreateEnum
CREATE TYPE "labour"."labour_measure_status" AS ENUM ('PUBLISHED', 'IN_SERVICE', 'IN_EFFECT');

-- CreateEnum
CREATE TYPE "labour"."skills_recognition_measure_kind" AS ENUM ('LEGISLATION', 'DIGITAL_SERVICE');

-- CreateTable
CREATE TABLE "labour"."labour_mobility_agreement" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "labour"."labour_mobility_agreement_kind" NOT NULL,
    "status" "labour"."labour_mobility_agreement_status" NOT NULL,
    "being_operationalised" BOOLEAN NOT NULL,
    "signed_in" TEXT,
    "signing_place" TEXT,
    "signing_occasion" TEXT,
    "community" TEXT,
    "purpose" TEXT,
    "description" TEXT NOT NULL,
    "pillar_number" INTEGER NOT NULL,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "labour_mobility_agreement_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "labour"."agreement_country" (
    "agreement_code" TEXT NOT NULL,
    "country_iso" CHAR(2) NOT NULL,
    "role" "labour"."labour_mobility_agreement_country_role" NOT NULL,

    CONSTRAINT "agreement_country_pkey" PRIMARY KEY ("agreement_code","country_iso")
);

-- CreateTable
CREATE TABLE "labour"."agreement_objective" (
    "agreement_code" TEXT NOT NULL,
    "objective_number" INTEGER NOT NULL,

    CONSTRAINT "agreement_objective_pkey" PRIMARY KEY ("agreement_code","objective_number")
);

-- CreateTable
CREATE TABLE "labour"."inspection_campaign" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT,
    "period_label" TEXT NOT NULL,
    "objective_number" INTEGER NOT NULL,
    "inspections_figure_code" TEXT NOT NULL,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "inspection_campaign_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "labour"."inspection_sector" (
    "campaign_code" TEXT NOT NULL,
    "sector" "labour"."inspected_sector" NOT NULL,

    CONSTRAINT "inspection_sector_pkey" PRIMARY KEY ("campaign_code","sector")
);

-- CreateTable
CREATE TABLE "labour"."inspection_body" (
    "campaign_code" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,

    CONSTRAINT "inspection_body_pkey" PRIMARY KEY ("campaign_code","department_code")
);

-- CreateTable
CREATE TABLE "labour"."inspection_country" (
    "campaign_code" TEXT NOT NULL,
    "country_iso" CHAR(2) NOT NULL,
    "involvement" TEXT NOT NULL,

    CONSTRAINT "inspection_country_pkey" PRIMARY KEY ("campaign_code","country_iso")
);

-- CreateTable
CREATE TABLE "labour"."funded_project_portfolio" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "fund" TEXT NOT NULL,
    "promoters" TEXT NOT NULL,
    "aim" TEXT NOT NULL,
    "priority" TEXT NOT NULL,
    "objective_number" INTEGER NOT NULL,
    "projects_figure_code" TEXT NOT NULL,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "funded_project_portfolio_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "labour"."skills_recognition_measure" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "labour"."skills_recognition_measure_kind" NOT NULL,
    "status" "labour"."labour_measure_status" NOT NULL,
    "intended_for" TEXT NOT NULL,
    "provisions" TEXT[],
    "objective_number" INTEGER NOT NULL,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "skills_recognition_measure_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "labour"."worker_attraction_measure" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "instrument" TEXT NOT NULL,
    "status" "labour"."labour_measure_status" NOT NULL,
    "problem_addressed" TEXT NOT NULL,
    "effect" TEXT NOT NULL,
    "objective_number" INTEGER NOT NULL,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "worker_attraction_measure_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "labour"."observation" (
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "period_start" TEXT NOT NULL,
    "period_end" TEXT,
    "period_label" TEXT NOT NULL,
    "objective_number" INTEGER,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,
    "synthetic" BOOLEAN NOT NULL DEFAULT false,
    "pandemic_response" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "observation_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE UNIQUE INDEX "labour_mobility_agreement_initiative_code_key" ON "labour"."labour_mobility_agreement"("initiative_code");

-- CreateIndex
CREATE INDEX "labour_mobility_agreement_status_idx" ON "labour"."labour_mobility_agreement"("status");

-- CreateIndex
CREATE INDEX "labour_mobility_agreement_kind_idx" ON "labour"."labour_mobility_agreement"("kind");

-- CreateIndex
CREATE INDEX "agreement_country_country_iso_idx" ON "labour"."agreement_country"("country_iso");

-- CreateIndex
CREATE INDEX "agreement_objective_objective_number_idx" ON "labour"."agreement_objective"("objective_number");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_campaign_inspections_figure_code_key" ON "labour"."inspection_campaign"("inspections_figure_code");

-- CreateIndex
CREATE INDEX "inspection_campaign_objective_number_idx" ON "labour"."inspection_campaign"("objective_number");

-- CreateIndex
CREATE INDEX "inspection_campaign_initiative_code_idx" ON "labour"."inspection_campaign"("initiative_code");

-- CreateIndex
CREATE INDEX "inspection_sector_sector_idx" ON "labour"."inspection_sector"("sector");

-- CreateIndex
CREATE INDEX "inspection_body_department_code_idx" ON "labour"."inspection_body"("department_code");

-- CreateIndex
CREATE INDEX "inspection_country_country_iso_idx" ON "labour"."inspection_country"("country_iso");

-- CreateIndex
CREATE UNIQUE INDEX "funded_project_portfolio_projects_figure_code_key" ON "labour"."funded_project_portfolio"("projects_figure_code");

-- CreateIndex
CREATE UNIQUE INDEX "funded_project_portfolio_initiative_code_key" ON "labour"."funded_project_portfolio"("initiative_code");

-- CreateIndex
CREATE INDEX "funded_project_portfolio_objective_number_idx" ON "labour"."funded_project_portfolio"("objective_number");

-- CreateIndex
CREATE UNIQUE INDEX "skills_recognition_measure_initiative_code_key" ON "labour"."skills_recognition_measure"("initiative_code");

-- CreateIndex
CREATE INDEX "skills_recognition_measure_status_idx" ON "labour"."skills_recognition_measure"("status");

-- CreateIndex
CREATE INDEX "skills_recognition_measure_objective_number_idx" ON "labour"."skills_recognition_measure"("objective_number");

-- CreateIndex
CREATE INDEX "skills_recognition_measure_kind_idx" ON "labour"."skills_recognition_measure"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "worker_attraction_measure_initiative_code_key" ON "labour"."worker_attraction_measure"("initiative_code");

-- CreateIndex
CREATE INDEX "worker_attraction_measure_status_idx" ON "labour"."worker_attraction_measure"("status");

-- CreateIndex
CREATE INDEX "worker_attraction_measure_objective_number_idx" ON "labour"."worker_attraction_measure"("objective_number");

-- CreateIndex
CREATE INDEX "observation_objective_number_idx" ON "labour"."observation"("objective_number");

-- CreateIndex
CREATE INDEX "observation_pandemic_response_idx" ON "labour"."observation"("pandemic_response");

-- AddForeignKey
ALTER TABLE "labour"."agreement_country" ADD CONSTRAINT "agreement_country_agreement_code_fkey" FOREIGN KEY ("agreement_code") REFERENCES "labour"."labour_mobility_agreement"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour"."agreement_objective" ADD CONSTRAINT "agreement_objective_agreement_code_fkey" FOREIGN KEY ("agreement_code") REFERENCES "labour"."labour_mobility_agreement"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour"."inspection_campaign" ADD CONSTRAINT "inspection_campaign_inspections_figure_code_fkey" FOREIGN KEY ("inspections_figure_code") REFERENCES "labour"."observation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour"."inspection_sector" ADD CONSTRAINT "inspection_sector_campaign_code_fkey" FOREIGN KEY ("campaign_code") REFERENCES "labour"."inspection_campaign"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour"."inspection_body" ADD CONSTRAINT "inspection_body_campaign_code_fkey" FOREIGN KEY ("campaign_code") REFERENCES "labour"."inspection_campaign"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour"."inspection_country" ADD CONSTRAINT "inspection_country_campaign_code_fkey" FOREIGN KEY ("campaign_code") REFERENCES "labour"."inspection_campaign"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "labour"."funded_project_portfolio" ADD CONSTRAINT "funded_project_portfolio_projects_figure_code_fkey" FOREIGN KEY ("projects_figure_code") REFERENCES "labour"."observation"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
