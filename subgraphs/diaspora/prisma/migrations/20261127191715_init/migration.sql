-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "diaspora";

-- CreateEnum
CREATE TYPE "diaspora"."diaspora_measure_status" AS ENUM ('ACTIVE', 'EXPANDING', 'COMPLETED');

-- CreateEnum
CREATE TYPE "diaspora"."cooperation_agreement_kind" AS ENUM ('STRATEGIC_COOPERATION_PROGRAMME', 'TRIANGULAR_COOPERATION_MEMORANDUM');

-- CreateEnum
CREATE TYPE "diaspora"."cooperation_country_role" AS ENUM ('TRIANGULAR_COOPERATION_PARTNER', 'PROJECT_LOCATION', 'VOCATIONAL_TRAINING_PARTNER');

-- CreateEnum
CREATE TYPE "diaspora"."development_focus" AS ENUM ('ECONOMIC_OPPORTUNITIES', 'SECURITY_AND_MIGRATION_MANAGEMENT', 'VOCATIONAL_TRAINING');

-- CreateEnum
CREATE TYPE "diaspora"."portuguese_cooperation_role" AS ENUM ('MANAGES_AND_CO_FINANCES', 'COOPERATES');

-- CreateEnum
CREATE TYPE "diaspora"."diaspora_programme_kind" AS ENUM ('INVESTMENT_SUPPORT_PROGRAMME', 'SUMMER_SCHOOL', 'INVESTMENT_GUIDE');

-- CreateEnum
CREATE TYPE "diaspora"."engagement_kind" AS ENUM ('CHAMPION_COUNTRY', 'FORUM_PARTICIPATION', 'UN_RESOLUTION_NEGOTIATION', 'EU_COUNCIL_PRESIDENCY', 'IMRF_PREPARATION', 'JOINT_DECLARATION');

-- CreateEnum
CREATE TYPE "diaspora"."engagement_role" AS ENUM ('CHAMPION_COUNTRY', 'PARTICIPANT', 'NEGOTIATOR_ON_BEHALF_OF_THE_EU', 'COUNCIL_PRESIDENCY', 'CO_ORGANISER', 'ENDORSER');

-- CreateEnum
CREATE TYPE "diaspora"."engagement_status" AS ENUM ('ONGOING', 'COMPLETED', 'PROVISIONALLY_AGREED');

-- CreateTable
CREATE TABLE "diaspora"."cooperation_agreement" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "diaspora"."cooperation_agreement_kind" NOT NULL,
    "status" "diaspora"."diaspora_measure_status" NOT NULL,
    "purpose" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "cooperation_agreement_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "diaspora"."cooperation_agreement_country" (
    "agreement_code" TEXT NOT NULL,
    "country_iso" CHAR(2) NOT NULL,
    "role" "diaspora"."cooperation_country_role" NOT NULL,

    CONSTRAINT "cooperation_agreement_country_pkey" PRIMARY KEY ("agreement_code","country_iso")
);

-- CreateTable
CREATE TABLE "diaspora"."development_project" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "focus" "diaspora"."development_focus" NOT NULL,
    "portugal_role" "diaspora"."portuguese_cooperation_role" NOT NULL,
    "region" TEXT,
    "status" "diaspora"."diaspora_measure_status" NOT NULL,
    "description" TEXT NOT NULL,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "development_project_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "diaspora"."development_project_country" (
    "project_code" TEXT NOT NULL,
    "country_iso" CHAR(2) NOT NULL,
    "role" "diaspora"."cooperation_country_role" NOT NULL,

    CONSTRAINT "development_project_country_pkey" PRIMARY KEY ("project_code","country_iso")
);

-- CreateTable
CREATE TABLE "diaspora"."consular_service_model" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "service_qualities" TEXT[],
    "area" TEXT NOT NULL,
    "status" "diaspora"."diaspora_measure_status" NOT NULL,
    "description" TEXT NOT NULL,
    "objective_numbers" INTEGER[],
    "figure_codes" TEXT[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "consular_service_model_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "diaspora"."support_office_network" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "protocol_partners" TEXT NOT NULL,
    "audiences" TEXT[],
    "status" "diaspora"."diaspora_measure_status" NOT NULL,
    "description" TEXT NOT NULL,
    "objective_numbers" INTEGER[],
    "figure_codes" TEXT[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "support_office_network_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "diaspora"."diaspora_programme" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "diaspora"."diaspora_programme_kind" NOT NULL,
    "year" INTEGER,
    "edition" INTEGER,
    "lead_department_code" TEXT,
    "audiences" TEXT[],
    "languages" TEXT[],
    "status" "diaspora"."diaspora_measure_status" NOT NULL,
    "description" TEXT NOT NULL,
    "objective_numbers" INTEGER[],
    "figure_codes" TEXT[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "diaspora_programme_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "diaspora"."remittance_assessment" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "status" "diaspora"."diaspora_measure_status" NOT NULL,
    "description" TEXT NOT NULL,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "remittance_assessment_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "diaspora"."return_programme" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT NOT NULL,
    "promoter_code" TEXT NOT NULL,
    "referral_partner_codes" TEXT[],
    "status" "diaspora"."diaspora_measure_status" NOT NULL,
    "description" TEXT NOT NULL,
    "objective_numbers" INTEGER[],
    "figure_codes" TEXT[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "return_programme_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "diaspora"."international_engagement" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "diaspora"."engagement_kind" NOT NULL,
    "portugal_role" "diaspora"."engagement_role" NOT NULL,
    "status" "diaspora"."engagement_status" NOT NULL,
    "year" INTEGER,
    "timeframe" TEXT,
    "description" TEXT NOT NULL,
    "parent_code" TEXT,
    "objective_numbers" INTEGER[],
    "figure_codes" TEXT[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "international_engagement_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "diaspora"."observation" (
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
CREATE INDEX "cooperation_agreement_kind_idx" ON "diaspora"."cooperation_agreement"("kind");

-- CreateIndex
CREATE INDEX "cooperation_agreement_status_idx" ON "diaspora"."cooperation_agreement"("status");

-- CreateIndex
CREATE INDEX "cooperation_agreement_objective_numbers_idx" ON "diaspora"."cooperation_agreement" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "cooperation_agreement_initiative_code_idx" ON "diaspora"."cooperation_agreement"("initiative_code");

-- CreateIndex
CREATE INDEX "cooperation_agreement_country_country_iso_idx" ON "diaspora"."cooperation_agreement_country"("country_iso");

-- CreateIndex
CREATE INDEX "development_project_focus_idx" ON "diaspora"."development_project"("focus");

-- CreateIndex
CREATE INDEX "development_project_status_idx" ON "diaspora"."development_project"("status");

-- CreateIndex
CREATE INDEX "development_project_objective_numbers_idx" ON "diaspora"."development_project" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "development_project_initiative_code_idx" ON "diaspora"."development_project"("initiative_code");

-- CreateIndex
CREATE INDEX "development_project_country_country_iso_idx" ON "diaspora"."development_project_country"("country_iso");

-- CreateIndex
CREATE INDEX "consular_service_model_objective_numbers_idx" ON "diaspora"."consular_service_model" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "consular_service_model_initiative_code_idx" ON "diaspora"."consular_service_model"("initiative_code");

-- CreateIndex
CREATE INDEX "support_office_network_department_code_idx" ON "diaspora"."support_office_network"("department_code");

-- CreateIndex
CREATE INDEX "support_office_network_audiences_idx" ON "diaspora"."support_office_network" USING GIN ("audiences");

-- CreateIndex
CREATE INDEX "support_office_network_objective_numbers_idx" ON "diaspora"."support_office_network" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "support_office_network_initiative_code_idx" ON "diaspora"."support_office_network"("initiative_code");

-- CreateIndex
CREATE INDEX "diaspora_programme_kind_idx" ON "diaspora"."diaspora_programme"("kind");

-- CreateIndex
CREATE INDEX "diaspora_programme_status_idx" ON "diaspora"."diaspora_programme"("status");

-- CreateIndex
CREATE INDEX "diaspora_programme_audiences_idx" ON "diaspora"."diaspora_programme" USING GIN ("audiences");

-- CreateIndex
CREATE INDEX "diaspora_programme_lead_department_code_idx" ON "diaspora"."diaspora_programme"("lead_department_code");

-- CreateIndex
CREATE INDEX "diaspora_programme_objective_numbers_idx" ON "diaspora"."diaspora_programme" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "diaspora_programme_initiative_code_idx" ON "diaspora"."diaspora_programme"("initiative_code");

-- CreateIndex
CREATE INDEX "remittance_assessment_objective_numbers_idx" ON "diaspora"."remittance_assessment" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "remittance_assessment_initiative_code_idx" ON "diaspora"."remittance_assessment"("initiative_code");

-- CreateIndex
CREATE INDEX "return_programme_promoter_code_idx" ON "diaspora"."return_programme"("promoter_code");

-- CreateIndex
CREATE INDEX "return_programme_referral_partner_codes_idx" ON "diaspora"."return_programme" USING GIN ("referral_partner_codes");

-- CreateIndex
CREATE INDEX "return_programme_objective_numbers_idx" ON "diaspora"."return_programme" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "return_programme_initiative_code_idx" ON "diaspora"."return_programme"("initiative_code");

-- CreateIndex
CREATE INDEX "international_engagement_kind_idx" ON "diaspora"."international_engagement"("kind");

-- CreateIndex
CREATE INDEX "international_engagement_portugal_role_idx" ON "diaspora"."international_engagement"("portugal_role");

-- CreateIndex
CREATE INDEX "international_engagement_status_idx" ON "diaspora"."international_engagement"("status");

-- CreateIndex
CREATE INDEX "international_engagement_year_idx" ON "diaspora"."international_engagement"("year");

-- CreateIndex
CREATE INDEX "international_engagement_parent_code_idx" ON "diaspora"."international_engagement"("parent_code");

-- CreateIndex
CREATE INDEX "international_engagement_objective_numbers_idx" ON "diaspora"."international_engagement" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "international_engagement_initiative_code_idx" ON "diaspora"."international_engagement"("initiative_code");

-- CreateIndex
CREATE INDEX "observation_objective_number_idx" ON "diaspora"."observation"("objective_number");

-- CreateIndex
CREATE INDEX "observation_pandemic_response_idx" ON "diaspora"."observation"("pandemic_response");

-- AddForeignKey
ALTER TABLE "diaspora"."cooperation_agreement_country" ADD CONSTRAINT "cooperation_agreement_country_agreement_code_fkey" FOREIGN KEY ("agreement_code") REFERENCES "diaspora"."cooperation_agreement"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diaspora"."development_project_country" ADD CONSTRAINT "development_project_country_project_code_fkey" FOREIGN KEY ("project_code") REFERENCES "diaspora"."development_project"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diaspora"."international_engagement" ADD CONSTRAINT "international_engagement_parent_code_fkey" FOREIGN KEY ("parent_code") REFERENCES "diaspora"."international_engagement"("code") ON DELETE SET NULL ON UPDATE CASCADE;
