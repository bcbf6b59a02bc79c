-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "plan";

-- CreateEnum
CREATE TYPE "plan"."department_kind" AS ENUM ('GOVERNMENT_DEPARTMENT', 'PUBLIC_INSTITUTE', 'INDEPENDENT_BODY', 'INTERNATIONAL_ORGANISATION');

-- CreateEnum
CREATE TYPE "plan"."initiative_status" AS ENUM ('PLANNED', 'UNDER_NEGOTIATION', 'UNDER_APPROVAL', 'IN_PROGRESS', 'COMPLETED');

-- CreateEnum
CREATE TYPE "plan"."department_role" AS ENUM ('LEAD', 'PARTNER');

-- CreateTable
CREATE TABLE "plan"."pillar" (
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "achievement" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "pillar_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "plan"."objective" (
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "progress" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,

    CONSTRAINT "objective_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "plan"."guiding_principle" (
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "guiding_principle_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "plan"."department" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "plan"."department_kind" NOT NULL,
    "role" TEXT NOT NULL,
    "source_ref" TEXT NOT NULL,

    CONSTRAINT "department_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "plan"."country" (
    "iso" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "country_pkey" PRIMARY KEY ("iso")
);

-- CreateTable
CREATE TABLE "plan"."initiative" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" "plan"."initiative_status" NOT NULL,
    "start_year" INTEGER,
    "source_ref" TEXT NOT NULL,
    "source_quote" TEXT NOT NULL,

    CONSTRAINT "initiative_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "plan"."initiative_objective" (
    "initiative_code" TEXT NOT NULL,
    "objective_number" INTEGER NOT NULL,

    CONSTRAINT "initiative_objective_pkey" PRIMARY KEY ("initiative_code","objective_number")
);

-- CreateTable
CREATE TABLE "plan"."initiative_department" (
    "initiative_code" TEXT NOT NULL,
    "department_code" TEXT NOT NULL,
    "role" "plan"."department_role" NOT NULL,

    CONSTRAINT "initiative_department_pkey" PRIMARY KEY ("initiative_code","department_code")
);

-- CreateTable
CREATE TABLE "plan"."initiative_country" (
    "initiative_code" TEXT NOT NULL,
    "country_iso" CHAR(2) NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "initiative_country_pkey" PRIMARY KEY ("initiative_code","country_iso")
);

-- CreateTable
CREATE TABLE "plan"."observation" (
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

    CONSTRAINT "observation_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE INDEX "department_kind_idx" ON "plan"."department"("kind");

-- CreateIndex
CREATE INDEX "initiative_status_idx" ON "plan"."initiative"("status");

-- CreateIndex
CREATE INDEX "initiative_objective_objective_number_idx" ON "plan"."initiative_objective"("objective_number");

-- CreateIndex
CREATE INDEX "initiative_department_department_code_idx" ON "plan"."initiative_department"("department_code");

-- CreateIndex
CREATE INDEX "initiative_country_country_iso_idx" ON "plan"."initiative_country"("country_iso");

-- CreateIndex
CREATE INDEX "observation_objective_number_idx" ON "plan"."observation"("objective_number");

-- AddForeignKey
ALTER TABLE "plan"."initiative_objective" ADD CONSTRAINT "initiative_objective_initiative_code_fkey" FOREIGN KEY ("initiative_code") REFERENCES "plan"."initiative"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan"."initiative_objective" ADD CONSTRAINT "initiative_objective_objective_number_fkey" FOREIGN KEY ("objective_number") REFERENCES "plan"."objective"("number") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan"."initiative_department" ADD CONSTRAINT "initiative_department_initiative_code_fkey" FOREIGN KEY ("initiative_code") REFERENCES "plan"."initiative"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan"."initiative_department" ADD CONSTRAINT "initiative_department_department_code_fkey" FOREIGN KEY ("department_code") REFERENCES "plan"."department"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan"."initiative_country" ADD CONSTRAINT "initiative_country_initiative_code_fkey" FOREIGN KEY ("initiative_code") REFERENCES "plan"."initiative"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan"."initiative_country" ADD CONSTRAINT "initiative_country_country_iso_fkey" FOREIGN KEY ("country_iso") REFERENCES "plan"."country"("iso") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan"."observation" ADD CONSTRAINT "observation_objective_number_fkey" FOREIGN KEY ("objective_number") REFERENCES "plan"."objective"("number") ON DELETE SET NULL ON UPDATE CASCADE;
