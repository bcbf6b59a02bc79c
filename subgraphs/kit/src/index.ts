// The subgraph kit: what every subgraph needs once.
export * from "./config.js";
export * from "./context.js";
export * from "./database.js";
export * from "./errors.js";
export * from "./figures.js";
export * from "./loaders.js";
export * from "./logger.js";
export * from "./migrations.js";
export * from "./observation.js";
export * from "./prismaSubgraph.js";
export * from "./pagination.js";
export * from "./references.js";
export * from "./schema.js";
export * from "./seeding.js";
export * from "./server.js";
export * from "./standalone.js";
export * from "./subgraph.js";
