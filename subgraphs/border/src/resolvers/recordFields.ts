// Fields every typed border record resolves the same way: its objectives and
// initiative (keys of plan's entities) and its source: the report, or for a
// protocol created through the graph the document the department named.
import { initiativeReference, objectiveReferences, REPORT } from "@gcm-hub/kit";

interface RecordRow {
  initiativeCode: string | null;
  sourceRef: string;
  sourceQuote: string;
  /** Only protocols have the column; every other record comes from the report. */
  sourceDocument?: string;
}

export const recordFields = {
  initiative: (record: RecordRow) => initiativeReference(record.initiativeCode),
  source: (record: RecordRow) => ({ document: record.sourceDocument ?? REPORT, reference: record.sourceRef, quote: record.sourceQuote }),
};

export const objectiveRecordFields = {
  ...recordFields,
  objectives: (record: RecordRow & { objectiveNumbers: number[] }) => objectiveReferences(record.objectiveNumbers),
};
