-- DropIndex
DROP INDEX "labour"."observation_objective_number_idx";

-- DropIndex
DROP INDEX "labour"."observation_pandemic_response_idx";

-- DropIndex
DROP INDEX "labour"."observation_status_idx";

-- CreateIndex
CREATE INDEX "observation_synthetic_code_idx" ON "labour"."observation"("synthetic", "code");

-- CreateIndex
CREATE INDEX "observation_synthetic_objective_number_code_idx" ON "labour"."observation"("synthetic", "objective_number", "code");

-- CreateIndex
CREATE INDEX "observation_synthetic_pandemic_response_code_idx" ON "labour"."observation"("synthetic", "pandemic_response", "code");
