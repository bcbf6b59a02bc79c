-- AlterTable
ALTER TABLE "integration"."programme" ADD COLUMN     "source_document" TEXT NOT NULL DEFAULT 'Voluntary national report on the implementation of the Global Compact for Safe, Orderly and Regular Migration in Portugal (2022)';
