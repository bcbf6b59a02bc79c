-- AlterEnum
ALTER TYPE "plan"."department_kind" ADD VALUE 'SUPPORT_NETWORK';
