// Which operation a GraphiQL run executes when the text is anonymous, or holds several:
// an unnamed query (the first thing most people type) runs with no operation name.
import { describe, expect, it } from "vitest";
import { chooseOperation, operationNameOf } from "../web/graphiql/operationText.js";

describe("chooseOperation, anonymous operations", () => {
  it("runs an anonymous query with no operation name, whatever GraphiQL remembers", () => {
    for (const requested of [undefined, null, "", "CountryProfile"]) {
      const choice = chooseOperation("{ objectives { number title } }", requested);
      expect(choice).toMatchObject({ ok: true, operationName: undefined });
    }
    expect(operationNameOf("{ objectives { number } }")).toBeUndefined();
  });

  it("picks the named operation beside an anonymous one, and names both when none is chosen", () => {
    const text = "{ pillars { number } } query Mine { objectives { number } }";
    expect(chooseOperation(text, "Mine")).toMatchObject({ ok: true, operationName: "Mine" });
    expect(chooseOperation(text, undefined)).toEqual({
      ok: false,
      message: "The editor holds several operations ((anonymous), Mine): put the cursor inside the one to run, or pick it from the run button's menu.",
    });
  });
});
