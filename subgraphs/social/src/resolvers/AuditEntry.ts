// Every department's audit entries resolve the same way (the kit's).
import { auditEntryFields } from "@gcm-hub/kit";

export const AuditEntry = auditEntryFields;
