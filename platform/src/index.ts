// The platform the gateway and the subgraphs share: configuration parsing, logging,
// the request credential (both halves), bounded operation names, the page cap and
// graceful stop.
// It depends on no subgraph and no gateway code.
export * from "./caller.js";
export * from "./config.js";
export * from "./drain.js";
export * from "./logger.js";
export * from "./operationNames.js";
export * from "./pageSize.js";
export * from "./requestCredential.js";
export * from "./workers.js";
