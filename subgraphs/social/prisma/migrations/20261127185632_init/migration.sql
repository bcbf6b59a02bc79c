-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "social";

-- CreateEnum
CREATE TYPE "social"."convention_kind" AS ENUM ('MULTILATERAL', 'BILATERAL');

-- CreateEnum
CREATE TYPE "social"."convention_status" AS ENUM ('IN_FORCE', 'UNDER_NEGOTIATION', 'NEGOTIATION_FORESEEN');

-- CreateEnum
CREATE TYPE "social"."convention_country_role" AS ENUM ('COVERED', 'NEGOTIATING_PARTY', 'FORESEEN_PARTY');

-- CreateEnum
CREATE TYPE "social"."social_measure_status" AS ENUM ('IN_FORCE', 'IMPLEMENTED');

-- CreateEnum
CREATE TYPE "social"."health_access_measure_kind" AS ENUM ('VACCINATION_PLAN', 'REGISTRATION_PLATFORM', 'VACCINATION_PARTNERSHIP', 'COLLECTIVE_VACCINATION');

-- CreateEnum
CREATE TYPE "social"."social_support_measure_kind" AS ENUM ('EXTRAORDINARY_SUPPORT', 'FAMILY_BENEFITS');

-- CreateTable
CREATE TABLE "social"."social_security_convention" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "social"."convention_kind" NOT NULL,
    "status" "social"."convention_status" NOT NULL,
    "description" TEXT NOT NULL,
    "objective_number" INTEGER NOT NULL,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "social_security_convention_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "social"."convention_country" (
    "convention_code" TEXT NOT NULL,
    "country_iso" CHAR(2) NOT NULL,
    "role" "social"."convention_country_role" NOT NULL,

    CONSTRAINT "convention_country_pkey" PRIMARY KEY ("convention_code","country_iso")
);

-- CreateTable
CREATE TABLE "social"."health_access_measure" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "social"."health_access_measure_kind" NOT NULL,
    "status" "social"."social_measure_status" NOT NULL,
    "description" TEXT NOT NULL,
    "start_year" INTEGER,
    "covered_groups" TEXT[],
    "partners" TEXT[],
    "pandemic_response" BOOLEAN NOT NULL DEFAULT false,
    "complements_code" TEXT,
    "objective_number" INTEGER,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "health_access_measure_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "social"."social_support_measure" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "social"."social_support_measure_kind" NOT NULL,
    "status" "social"."social_measure_status" NOT NULL,
    "description" TEXT NOT NULL,
    "beneficiaries" TEXT NOT NULL,
    "instruments" TEXT[],
    "start_year" INTEGER,
    "pandemic_response" BOOLEAN NOT NULL DEFAULT false,
    "objective_number" INTEGER,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "social_support_measure_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "social"."health_plan" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "start_year" INTEGER NOT NULL,
    "end_year" INTEGER NOT NULL,
    "aligned_with" TEXT,
    "goal" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "objective_number" INTEGER,
    "initiative_code" TEXT,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "health_plan_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "social"."observation" (
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
CREATE INDEX "social_security_convention_kind_idx" ON "social"."social_security_convention"("kind");

-- CreateIndex
CREATE INDEX "social_security_convention_status_idx" ON "social"."social_security_convention"("status");

-- CreateIndex
CREATE INDEX "social_security_convention_objective_number_idx" ON "social"."social_security_convention"("objective_number");

-- CreateIndex
CREATE INDEX "social_security_convention_initiative_code_idx" ON "social"."social_security_convention"("initiative_code");

-- CreateIndex
CREATE INDEX "convention_country_country_iso_idx" ON "social"."convention_country"("country_iso");

-- CreateIndex
CREATE INDEX "health_access_measure_kind_idx" ON "social"."health_access_measure"("kind");

-- CreateIndex
CREATE INDEX "health_access_measure_status_idx" ON "social"."health_access_measure"("status");

-- CreateIndex
CREATE INDEX "health_access_measure_pandemic_response_idx" ON "social"."health_access_measure"("pandemic_response");

-- CreateIndex
CREATE INDEX "health_access_measure_complements_code_idx" ON "social"."health_access_measure"("complements_code");

-- CreateIndex
CREATE INDEX "health_access_measure_objective_number_idx" ON "social"."health_access_measure"("objective_number");

-- CreateIndex
CREATE INDEX "health_access_measure_initiative_code_idx" ON "social"."health_access_measure"("initiative_code");

-- CreateIndex
CREATE INDEX "social_support_measure_kind_idx" ON "social"."social_support_measure"("kind");

-- CreateIndex
CREATE INDEX "social_support_measure_status_idx" ON "social"."social_support_measure"("status");

-- CreateIndex
CREATE INDEX "social_support_measure_pandemic_response_idx" ON "social"."social_support_measure"("pandemic_response");

-- CreateIndex
CREATE INDEX "social_support_measure_objective_number_idx" ON "social"."social_support_measure"("objective_number");

-- CreateIndex
CREATE INDEX "social_support_measure_initiative_code_idx" ON "social"."social_support_measure"("initiative_code");

-- CreateIndex
CREATE INDEX "health_plan_objective_number_idx" ON "social"."health_plan"("objective_number");

-- CreateIndex
CREATE INDEX "health_plan_initiative_code_idx" ON "social"."health_plan"("initiative_code");

-- CreateIndex
CREATE INDEX "observation_objective_number_idx" ON "social"."observation"("objective_number");

-- CreateIndex
CREATE INDEX "observation_pandemic_response_idx" ON "social"."observation"("pandemic_response");

-- AddForeignKey
ALTER TABLE "social"."convention_country" ADD CONSTRAINT "convention_country_convention_code_fkey" FOREIGN KEY ("convention_code") REFERENCES "social"."social_security_convention"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "social"."health_access_measure" ADD CONSTRAINT "health_access_measure_complements_code_fkey" FOREIGN KEY ("complements_code") REFERENCES "social"."health_access_measure"("code") ON DELETE SET NULL ON UPDATE CASCADE;
