// A department's field names are made from its name and figure prefix; the compiler
// checks both against the department's generated Query type, so a name its schema does
// not have fails `tsc` (the @ts-expect-error lines below are part of the test: tsc
// fails if they stop being errors).
import { describe, expect, it } from "vitest";
import { defineDepartment, departmentFigures } from "../src/index.js";

/** The part of a generated Query type the names are checked against. */
interface Query {
  borderAuditTrail?: unknown;
  borderFigures?: unknown;
  borderFigureRevisions?: unknown;
  borderFigure?: unknown;
  borderProjects?: unknown;
}

describe("department and figure field names", () => {
  it("come from the department's name and prefix, which its generated Query type must have", () => {
    const department = defineDepartment<never, never, Query>("border");
    const figures = departmentFigures(department, "border");
    expect(Object.keys(department.fields.Query)).toEqual(["borderAuditTrail"]);
    expect(Object.keys(figures.fields.Query)).toEqual(["borderFigures", "borderFigureRevisions"]);
    expect(Object.keys(figures.fields.Mutation)).toEqual(["recordBorderFigure", "publishBorderFigure", "correctBorderFigure"]);
    expect(Object.keys(figures.fields.Objective)).toEqual(["borderFigures"]);
    // Typed by name: the spread a department's resolvers make is checked field by field.
    const { borderFigures, borderFigureRevisions } = figures.fields.Query;
    expect([typeof borderFigures, typeof borderFigureRevisions]).toEqual(["function", "function"]);
  });

  it("a name or prefix the schema does not have fails the typecheck", () => {
    const department = defineDepartment<never, never, Query>("border");
    // Never run: what matters is that tsc rejects each call.
    const wrong = () => {
      // @ts-expect-error the schema has no bordersAuditTrail
      defineDepartment<never, never, Query>("borders");
      // @ts-expect-error the schema has no boderFigures / boderFigureRevisions
      departmentFigures(department, "boder");
      // @ts-expect-error borderProjects is not a figure field: no borderProjectsFigureRevisions
      departmentFigures(department, "borderProjects");
      // @ts-expect-error the fields are named from the prefix: there is no socialFigures here
      void departmentFigures(department, "border").fields.Query.socialFigures;
    };
    expect(typeof wrong).toBe("function");
  });
});
