// The subgraph kit: what every subgraph needs once. It re-exports the platform it
// shares with the gateway (configuration, logging, the request credential).
export * from "@gcm-hub/platform";
export * from "./auditedWrite.js";
export * from "./authorization.js";
export * from "./config.js";
export * from "./context.js";
export * from "./database.js";
export * from "./department.js";
export * from "./departmentFigures.js";
export * from "./errors.js";
export * from "./credentialLedger.js";
export * from "./figures.js";
export * from "./inputRules.js";
export * from "./loaders.js";
export * from "./metrics.js";
export * from "./migrations.js";
export * from "./prismaSubgraph.js";
export * from "./pagination.js";
export * from "./prismaErrors.js";
export * from "./recordFields.js";
export * from "./references.js";
export * from "./schema.js";
export * from "./seeding.js";
export * from "./server.js";
export * from "./standalone.js";
export * from "./statusTransition.js";
export * from "./subgraph.js";
