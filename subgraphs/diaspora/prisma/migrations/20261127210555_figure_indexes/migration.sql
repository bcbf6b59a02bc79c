-- DropIndex
DROP INDEX "diaspora"."observation_objective_number_idx";

-- DropIndex
DROP INDEX "diaspora"."observation_pandemic_response_idx";

-- DropIndex
DROP INDEX "diaspora"."observation_status_idx";

-- CreateIndex
CREATE INDEX "consular_service_model_status_idx" ON "diaspora"."consular_service_model"("status");

-- CreateIndex
CREATE INDEX "observation_synthetic_code_idx" ON "diaspora"."observation"("synthetic", "code");

-- CreateIndex
CREATE INDEX "observation_synthetic_objective_number_code_idx" ON "diaspora"."observation"("synthetic", "objective_number", "code");

-- CreateIndex
CREATE INDEX "observation_synthetic_pandemic_response_code_idx" ON "diaspora"."observation"("synthetic", "pandemic_response", "code");
