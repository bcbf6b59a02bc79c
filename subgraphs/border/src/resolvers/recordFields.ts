// Fields every typed border record resolves the same way: its objectives and
// initiative (keys of plan's entities) and its source in the report.
import { reportSource } from "@gcm-hub/kit";
import { initiativeStub, objectiveStubs } from "./stubs.js";

interface RecordRow {
  initiativeCode: string | null;
  sourceRef: string;
  sourceQuote: string;
}

export const recordFields = {
  initiative: (record: RecordRow) => initiativeStub(record.initiativeCode),
  source: (record: RecordRow) => reportSource(record.sourceRef, record.sourceQuote),
};

export const objectiveRecordFields = {
  ...recordFields,
  objectives: (record: RecordRow & { objectiveNumbers: number[] }) => objectiveStubs(record.objectiveNumbers),
};
