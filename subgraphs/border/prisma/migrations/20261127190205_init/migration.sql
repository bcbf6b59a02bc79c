-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "border";

-- CreateEnum
CREATE TYPE "border"."border_cooperation_status" AS ENUM ('SIGNED', 'ACTIVE');

-- CreateEnum
CREATE TYPE "border"."border_project_kind" AS ENUM ('PROJECT', 'JOINT_INITIATIVES');

-- CreateEnum
CREATE TYPE "border"."border_project_role" AS ENUM ('LEAD', 'PARTNER');

-- CreateEnum
CREATE TYPE "border"."border_country_role" AS ENUM ('PARTNER', 'BENEFICIARY', 'SIGNATORY');

-- CreateEnum
CREATE TYPE "border"."border_system_kind" AS ENUM ('DOCUMENT_MANAGEMENT', 'BORDER_CONTROL');

-- CreateEnum
CREATE TYPE "border"."border_system_status" AS ENUM ('DEVELOPED', 'BEING_IMPLEMENTED', 'IN_OPERATION');

-- CreateEnum
CREATE TYPE "border"."border_crossing" AS ENUM ('AIR', 'SEA');

-- CreateEnum
CREATE TYPE "border"."border_facility_kind" AS ENUM ('HOTSPOT', 'SCREENING_AND_REGISTRATION_CENTRE');

-- CreateEnum
CREATE TYPE "border"."border_facility_status" AS ENUM ('FORESEEN', 'FINAL_STAGES');

-- CreateEnum
CREATE TYPE "border"."border_policy_document_kind" AS ENUM ('NATIONAL_STRATEGY', 'CONTINGENCY_PLAN');

-- CreateEnum
CREATE TYPE "border"."border_policy_document_status" AS ENUM ('DRAFTED', 'UNDER_APPROVAL');

-- CreateEnum
CREATE TYPE "border"."border_measure_status" AS ENUM ('ADOPTED', 'LAUNCHED', 'EXTENDED');

-- CreateEnum
CREATE TYPE "border"."documentation_measure_kind" AS ENUM ('RESIDENCE_PERMIT_MODEL', 'NATIONALITY_LAW_AMENDMENT');

-- CreateEnum
CREATE TYPE "border"."regularisation_measure_kind" AS ENUM ('REGULARISATION_EXTENSION', 'DOCUMENT_VALIDITY_EXTENSION');

-- CreateTable
CREATE TABLE "border"."border_project" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "acronym" TEXT,
    "kind" "border"."border_project_kind" NOT NULL,
    "description" TEXT NOT NULL,
    "fronts" TEXT[],
    "status" "border"."border_cooperation_status" NOT NULL,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "border_project_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "border"."border_project_participant" (
    "project_code" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "role" "border"."border_project_role" NOT NULL,

    CONSTRAINT "border_project_participant_pkey" PRIMARY KEY ("project_code","department_code")
);

-- CreateTable
CREATE TABLE "border"."border_project_country" (
    "project_code" TEXT NOT NULL,
    "country_iso" CHAR(2) NOT NULL,
    "role" "border"."border_country_role" NOT NULL,

    CONSTRAINT "border_project_country_pkey" PRIMARY KEY ("project_code","country_iso")
);

-- CreateTable
CREATE TABLE "border"."border_protocol" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "signed_year" INTEGER NOT NULL,
    "signed_month" INTEGER,
    "purposes" TEXT[],
    "beneficiaries" TEXT,
    "status" "border"."border_cooperation_status" NOT NULL,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "border_protocol_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "border"."border_protocol_party" (
    "protocol_code" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "department_code" TEXT,
    "country_iso" CHAR(2),

    CONSTRAINT "border_protocol_party_pkey" PRIMARY KEY ("protocol_code","position")
);

-- CreateTable
CREATE TABLE "border"."border_system" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "border"."border_system_kind" NOT NULL,
    "description" TEXT NOT NULL,
    "crossings" "border"."border_crossing"[],
    "start_year" INTEGER,
    "expected_operational" TEXT,
    "operator_code" TEXT,
    "status" "border"."border_system_status" NOT NULL,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "border_system_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "border"."border_facility" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "border"."border_facility_kind" NOT NULL,
    "description" TEXT NOT NULL,
    "location" TEXT,
    "intended_for" TEXT NOT NULL,
    "status" "border"."border_facility_status" NOT NULL,
    "policy_document_code" TEXT,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "border_facility_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "border"."border_policy_document" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "border"."border_policy_document_kind" NOT NULL,
    "description" TEXT NOT NULL,
    "start_year" INTEGER,
    "end_year" INTEGER,
    "goals" TEXT[],
    "status" "border"."border_policy_document_status" NOT NULL,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "border_policy_document_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "border"."documentation_measure" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "border"."documentation_measure_kind" NOT NULL,
    "description" TEXT NOT NULL,
    "year" INTEGER,
    "provisions" TEXT[],
    "status" "border"."border_measure_status" NOT NULL,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "documentation_measure_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "border"."regularisation_measure" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "border"."regularisation_measure_kind" NOT NULL,
    "description" TEXT NOT NULL,
    "pending_as_of" TEXT,
    "valid_until" TEXT,
    "effects" TEXT[],
    "pandemic_response" BOOLEAN NOT NULL DEFAULT false,
    "status" "border"."border_measure_status" NOT NULL,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "regularisation_measure_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "border"."trafficking_referral_system" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "launch_year" INTEGER,
    "procedures" TEXT[],
    "focus" TEXT NOT NULL,
    "status" "border"."border_measure_status" NOT NULL,
    "objective_numbers" INTEGER[],
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "trafficking_referral_system_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "border"."observation" (
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
CREATE INDEX "border_project_status_idx" ON "border"."border_project"("status");

-- CreateIndex
CREATE INDEX "border_project_kind_idx" ON "border"."border_project"("kind");

-- CreateIndex
CREATE INDEX "border_project_objective_numbers_idx" ON "border"."border_project" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "border_project_initiative_code_idx" ON "border"."border_project"("initiative_code");

-- CreateIndex
CREATE INDEX "border_project_participant_department_code_idx" ON "border"."border_project_participant"("department_code");

-- CreateIndex
CREATE INDEX "border_project_country_country_iso_role_idx" ON "border"."border_project_country"("country_iso", "role");

-- CreateIndex
CREATE INDEX "border_project_country_role_idx" ON "border"."border_project_country"("role");

-- CreateIndex
CREATE INDEX "border_protocol_status_idx" ON "border"."border_protocol"("status");

-- CreateIndex
CREATE INDEX "border_protocol_signed_year_idx" ON "border"."border_protocol"("signed_year");

-- CreateIndex
CREATE INDEX "border_protocol_objective_numbers_idx" ON "border"."border_protocol" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "border_protocol_initiative_code_idx" ON "border"."border_protocol"("initiative_code");

-- CreateIndex
CREATE INDEX "border_protocol_party_department_code_idx" ON "border"."border_protocol_party"("department_code");

-- CreateIndex
CREATE INDEX "border_protocol_party_country_iso_idx" ON "border"."border_protocol_party"("country_iso");

-- CreateIndex
CREATE INDEX "border_system_status_idx" ON "border"."border_system"("status");

-- CreateIndex
CREATE INDEX "border_system_kind_idx" ON "border"."border_system"("kind");

-- CreateIndex
CREATE INDEX "border_system_operator_code_idx" ON "border"."border_system"("operator_code");

-- CreateIndex
CREATE INDEX "border_system_objective_numbers_idx" ON "border"."border_system" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "border_system_initiative_code_idx" ON "border"."border_system"("initiative_code");

-- CreateIndex
CREATE INDEX "border_facility_status_idx" ON "border"."border_facility"("status");

-- CreateIndex
CREATE INDEX "border_facility_policy_document_code_idx" ON "border"."border_facility"("policy_document_code");

-- CreateIndex
CREATE INDEX "border_facility_objective_numbers_idx" ON "border"."border_facility" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "border_facility_initiative_code_idx" ON "border"."border_facility"("initiative_code");

-- CreateIndex
CREATE INDEX "border_policy_document_status_idx" ON "border"."border_policy_document"("status");

-- CreateIndex
CREATE INDEX "border_policy_document_kind_idx" ON "border"."border_policy_document"("kind");

-- CreateIndex
CREATE INDEX "border_policy_document_objective_numbers_idx" ON "border"."border_policy_document" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "border_policy_document_initiative_code_idx" ON "border"."border_policy_document"("initiative_code");

-- CreateIndex
CREATE INDEX "documentation_measure_kind_idx" ON "border"."documentation_measure"("kind");

-- CreateIndex
CREATE INDEX "documentation_measure_objective_numbers_idx" ON "border"."documentation_measure" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "documentation_measure_initiative_code_idx" ON "border"."documentation_measure"("initiative_code");

-- CreateIndex
CREATE INDEX "regularisation_measure_kind_idx" ON "border"."regularisation_measure"("kind");

-- CreateIndex
CREATE INDEX "regularisation_measure_pandemic_response_idx" ON "border"."regularisation_measure"("pandemic_response");

-- CreateIndex
CREATE INDEX "regularisation_measure_initiative_code_idx" ON "border"."regularisation_measure"("initiative_code");

-- CreateIndex
CREATE INDEX "trafficking_referral_system_objective_numbers_idx" ON "border"."trafficking_referral_system" USING GIN ("objective_numbers");

-- CreateIndex
CREATE INDEX "trafficking_referral_system_initiative_code_idx" ON "border"."trafficking_referral_system"("initiative_code");

-- CreateIndex
CREATE INDEX "observation_objective_number_idx" ON "border"."observation"("objective_number");

-- CreateIndex
CREATE INDEX "observation_pandemic_response_idx" ON "border"."observation"("pandemic_response");

-- AddForeignKey
ALTER TABLE "border"."border_project_participant" ADD CONSTRAINT "border_project_participant_project_code_fkey" FOREIGN KEY ("project_code") REFERENCES "border"."border_project"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "border"."border_project_country" ADD CONSTRAINT "border_project_country_project_code_fkey" FOREIGN KEY ("project_code") REFERENCES "border"."border_project"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "border"."border_protocol_party" ADD CONSTRAINT "border_protocol_party_protocol_code_fkey" FOREIGN KEY ("protocol_code") REFERENCES "border"."border_protocol"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "border"."border_facility" ADD CONSTRAINT "border_facility_policy_document_code_fkey" FOREIGN KEY ("policy_document_code") REFERENCES "border"."border_policy_document"("code") ON DELETE SET NULL ON UPDATE CASCADE;
