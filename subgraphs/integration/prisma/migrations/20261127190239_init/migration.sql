-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "integration";

-- CreateEnum
CREATE TYPE "integration"."programme_kind" AS ENUM ('INTEGRATION_NETWORK', 'SUPPORT_SERVICE', 'INFORMATION_SERVICE', 'EVIDENCE_SOURCE', 'TRAINING_PROGRAMME', 'LANGUAGE_PROGRAMME', 'INTEGRATION_PLAN', 'INTEGRATION_PROTOCOL', 'ANTI_DISCRIMINATION_MEASURE');

-- CreateEnum
CREATE TYPE "integration"."integration_status" AS ENUM ('PILOT', 'EXPANDING', 'ONGOING', 'APPROVED', 'PUBLISHED', 'COMPLETED');

-- CreateEnum
CREATE TYPE "integration"."integration_network_scope" AS ENUM ('SUPPORT_CENTRES', 'MUNICIPALITIES');

-- CreateEnum
CREATE TYPE "integration"."information_service_format" AS ENUM ('ONLINE_INFORMATION', 'GUIDE', 'INFORMATION_CONTENT');

-- CreateEnum
CREATE TYPE "integration"."evidence_source_form" AS ENUM ('REPORT_SERIES', 'INFORMATION_SYSTEM');

-- CreateEnum
CREATE TYPE "integration"."language_programme_setting" AS ENUM ('SCHOOL_CURRICULUM', 'HOST_LANGUAGE_COURSES');

-- CreateEnum
CREATE TYPE "integration"."integration_plan_level" AS ENUM ('NATIONAL', 'SECTORAL', 'MUNICIPAL');

-- CreateEnum
CREATE TYPE "integration"."integration_policy_area" AS ENUM ('INTEGRATION', 'HOUSING', 'ANTI_DISCRIMINATION');

-- CreateEnum
CREATE TYPE "integration"."integration_role" AS ENUM ('LEAD', 'PARTNER');

-- CreateEnum
CREATE TYPE "integration"."support_centre_kind" AS ENUM ('NATIONAL_CENTRE', 'LOCAL_CENTRE', 'OCCUPATIONAL_INSERTION_OFFICE');

-- CreateTable
CREATE TABLE "integration"."programme" (
    "code" TEXT NOT NULL,
    "kind" "integration"."programme_kind" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "integration"."integration_status" NOT NULL,
    "start_year" INTEGER,
    "end_year" INTEGER,
    "pandemic_response" BOOLEAN NOT NULL DEFAULT false,
    "initiative_code" TEXT,
    "network_scope" "integration"."integration_network_scope",
    "partner_kinds" TEXT[],
    "centre_type_code" TEXT,
    "audience" TEXT,
    "channel" TEXT,
    "information_format" "integration"."information_service_format",
    "languages" TEXT,
    "evidence_form" "integration"."evidence_source_form",
    "frequency" TEXT,
    "subject" TEXT,
    "topics" TEXT[],
    "language_setting" "integration"."language_programme_setting",
    "legal_basis" TEXT,
    "features" TEXT[],
    "plan_level" "integration"."integration_plan_level",
    "policy_area" "integration"."integration_policy_area",
    "approved_on" TEXT,
    "applies_to" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "programme_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "integration"."programme_objective" (
    "programme_code" TEXT NOT NULL,
    "objective_number" INTEGER NOT NULL,

    CONSTRAINT "programme_objective_pkey" PRIMARY KEY ("programme_code","objective_number")
);

-- CreateTable
CREATE TABLE "integration"."programme_participant" (
    "programme_code" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "role" "integration"."integration_role" NOT NULL,

    CONSTRAINT "programme_participant_pkey" PRIMARY KEY ("programme_code","department_code")
);

-- CreateTable
CREATE TABLE "integration"."support_centre_type" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "integration"."support_centre_kind" NOT NULL,
    "network_code" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "set_up_with" TEXT[],
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "support_centre_type_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "integration"."observation" (
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
    "programme_code" TEXT,
    "centre_type_code" TEXT,

    CONSTRAINT "observation_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "programme_kind_idx" ON "integration"."programme"("kind");

-- CreateIndex
CREATE INDEX "programme_status_idx" ON "integration"."programme"("status");

-- CreateIndex
CREATE INDEX "programme_pandemic_response_idx" ON "integration"."programme"("pandemic_response");

-- CreateIndex
CREATE INDEX "programme_initiative_code_idx" ON "integration"."programme"("initiative_code");

-- CreateIndex
CREATE INDEX "programme_centre_type_code_idx" ON "integration"."programme"("centre_type_code");

-- CreateIndex
CREATE INDEX "programme_plan_level_idx" ON "integration"."programme"("plan_level");

-- CreateIndex
CREATE INDEX "programme_policy_area_idx" ON "integration"."programme"("policy_area");

-- CreateIndex
CREATE INDEX "programme_language_setting_idx" ON "integration"."programme"("language_setting");

-- CreateIndex
CREATE INDEX "programme_objective_objective_number_idx" ON "integration"."programme_objective"("objective_number");

-- CreateIndex
CREATE INDEX "programme_participant_department_code_idx" ON "integration"."programme_participant"("department_code");

-- CreateIndex
CREATE INDEX "support_centre_type_network_code_idx" ON "integration"."support_centre_type"("network_code");

-- CreateIndex
CREATE INDEX "support_centre_type_department_code_idx" ON "integration"."support_centre_type"("department_code");

-- CreateIndex
CREATE INDEX "observation_objective_number_idx" ON "integration"."observation"("objective_number");

-- CreateIndex
CREATE INDEX "observation_pandemic_response_idx" ON "integration"."observation"("pandemic_response");

-- CreateIndex
CREATE INDEX "observation_programme_code_idx" ON "integration"."observation"("programme_code");

-- CreateIndex
CREATE INDEX "observation_centre_type_code_idx" ON "integration"."observation"("centre_type_code");

-- AddForeignKey
ALTER TABLE "integration"."programme" ADD CONSTRAINT "programme_centre_type_code_fkey" FOREIGN KEY ("centre_type_code") REFERENCES "integration"."support_centre_type"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration"."programme_objective" ADD CONSTRAINT "programme_objective_programme_code_fkey" FOREIGN KEY ("programme_code") REFERENCES "integration"."programme"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration"."programme_participant" ADD CONSTRAINT "programme_participant_programme_code_fkey" FOREIGN KEY ("programme_code") REFERENCES "integration"."programme"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration"."support_centre_type" ADD CONSTRAINT "support_centre_type_network_code_fkey" FOREIGN KEY ("network_code") REFERENCES "integration"."programme"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration"."observation" ADD CONSTRAINT "observation_programme_code_fkey" FOREIGN KEY ("programme_code") REFERENCES "integration"."programme"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "integration"."observation" ADD CONSTRAINT "observation_centre_type_code_fkey" FOREIGN KEY ("centre_type_code") REFERENCES "integration"."support_centre_type"("code") ON DELETE SET NULL ON UPDATE CASCADE;
