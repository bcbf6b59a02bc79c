// The editors' current text (query, variables, headers), kept up to date as they change.
import { useEditorContext } from "@graphiql/react";
import { useEffect, useState } from "react";

export interface EditorSnapshot {
  query: string;
  variables: string;
  headers: string;
}

export function useEditorSnapshot(): EditorSnapshot {
  const { queryEditor, variableEditor, headerEditor } = useEditorContext({ nonNull: true });
  const read = (): EditorSnapshot => ({ query: queryEditor?.getValue() ?? "", variables: variableEditor?.getValue() ?? "", headers: headerEditor?.getValue() ?? "" });
  const [snapshot, setSnapshot] = useState(read);
  useEffect(() => {
    const update = () => setSnapshot(read());
    update();
    const editors = [queryEditor, variableEditor, headerEditor].filter((editor) => editor !== null);
    for (const editor of editors) editor.on("change", update);
    return () => {
      for (const editor of editors) editor.off("change", update);
    };
  }, [queryEditor, variableEditor, headerEditor]);
  return snapshot;
}

/** A JSON object from an editor's text; empty text is no object; anything else is an error message. */
export function jsonObject(text: string, what: string): { ok: true; value: Record<string, unknown> | undefined } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return { ok: true, value: value as Record<string, unknown> };
  } catch {
    // falls through to the message
  }
  return { ok: false, message: `The ${what} are not a JSON object.` };
}
