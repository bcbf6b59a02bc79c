// The response cache in Redis, shared by every gateway replica: the same contract as in
// memory (gateway/test/plugins/useResponseCaching.test.ts), against the local Redis,
// with the plugins in process and no hub.
import crypto from "node:crypto";
import { describeResponseCaching } from "../gateway/test/plugins/responseCachingCases.js";

describeResponseCaching("in Redis", { redisUrl: "redis://127.0.0.1:6379", redisKeyPrefix: `gcm-hub-test-${crypto.randomUUID()}:` });
