// The kit's Prisma fragment in a department's schema: the blocks it uses, in its
// PostgreSQL schema; and the fragment's enums agree with the shared SDL's.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { FigureQualifier, FigureStatus, PeriodKind } from "../src/index.js";
import { SHARED_PRISMA_FILE, sharedPrismaSchema } from "../src/prismaSchema.js";

const blockNames = (schema: string) => [...schema.matchAll(/^(?:model|enum) (\w+) \{/gm)].map((match) => match[1]);

describe("the kit's Prisma fragment", () => {
  it("gives every department the audit and idempotency tables, in its schema", () => {
    const generated = sharedPrismaSchema("model Record {\n  code String @id\n\n  @@schema(\"education\")\n}\n", "education");
    expect(blockNames(generated)).toEqual(["AuditEntry", "IdempotencyKey"]);
    expect(generated.match(/@@schema\("education"\)/g)).toHaveLength(2);
  });

  it("adds the figure enums and revisions a department's observation table refers to", () => {
    const plan = "model Observation {\n  code String @id\n  qualifier FigureQualifier @default(EXACT)\n  periodKind PeriodKind?\n}\n";
    expect(blockNames(sharedPrismaSchema(plan, "plan"))).toEqual(["AuditEntry", "IdempotencyKey", "FigureQualifier", "PeriodKind"]);
    const workflow = `${plan.replace("\n}", "\n  status FigureStatus @default(PUBLISHED)\n  revisions ObservationRevision[]\n}")}`;
    expect(blockNames(sharedPrismaSchema(workflow, "labour"))).toEqual(["AuditEntry", "IdempotencyKey", "FigureQualifier", "PeriodKind", "FigureStatus", "ObservationRevision"]);
  });

  it("refuses a schema.prisma that declares a shared block itself", () => {
    expect(() => sharedPrismaSchema("enum FigureStatus {\n  DRAFT\n}\n", "labour")).toThrow(/declares FigureStatus, which the kit's Prisma fragment/);
  });

  it("declares the enums with the values the shared SDL gives them", () => {
    const fragment = fs.readFileSync(SHARED_PRISMA_FILE, "utf8");
    const values = (name: string) => /^enum (\w+) \{\n([\s\S]*?)\n\n/m.exec(fragment.slice(fragment.indexOf(`enum ${name} {`)))![2]!.trim().split(/\s+/);
    expect(values("FigureQualifier").sort()).toEqual(Object.values(FigureQualifier).sort());
    expect(values("PeriodKind").sort()).toEqual(Object.values(PeriodKind).sort());
    expect(values("FigureStatus").sort()).toEqual(Object.values(FigureStatus).sort());
  });
});
