-- AlterEnum
ALTER TYPE "plan"."initiative_status" ADD VALUE 'DRAFTED';
