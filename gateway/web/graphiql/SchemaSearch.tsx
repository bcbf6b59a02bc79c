// The "Search the docs" panel: a word finds types, fields, arguments and enum values by
// name or description (schemaMatches.ts); choosing one opens it in the documentation explorer.
import { DOC_EXPLORER_PLUGIN, useDocExplorerActions } from "@graphiql/plugin-doc-explorer";
import { usePluginStore, useSchemaStore, type GraphiQLPlugin } from "@graphiql/react";
import { useMemo, useState } from "react";
import { searchSchema, type SchemaMatch } from "./schemaMatches.js";

const SHOWN = 100;

function excerpt(description: string, text: string): string {
  const at = description.toLowerCase().indexOf(text.trim().toLowerCase());
  if (at < 0 || description.length <= 140) return description.slice(0, 140);
  const start = Math.max(0, at - 50);
  return `${start > 0 ? "…" : ""}${description.slice(start, start + 140)}…`;
}

function SchemaSearch() {
  const schema = useSchemaStore((state) => state.schema);
  const setVisiblePlugin = usePluginStore((state) => state.setVisiblePlugin);
  const { reset, push } = useDocExplorerActions();
  const [text, setText] = useState("");
  const matches = useMemo(() => (schema ? searchSchema(schema, text) : []), [schema, text]);
  const open = (match: SchemaMatch) => {
    reset();
    push({ name: match.type.name, def: match.type });
    if (match.field) push({ name: match.field.name, def: match.field });
    if (match.argument) push({ name: match.argument.name, def: match.argument });
    setVisiblePlugin(DOC_EXPLORER_PLUGIN);
  };
  return (
    <div className="hub-plugin hub-search">
      <div className="graphiql-doc-explorer-title">Search the docs</div>
      <label>
        Names and descriptions containing{" "}
        <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="SEF, border, people…" data-testid="schema-search" />
      </label>
      {!schema && <p className="hub-note">The schema is loading.</p>}
      {schema && text.trim() && (
        <p className="hub-note" role="status">
          {matches.length === 0 ? `Nothing in the schema mentions “${text.trim()}”.` : `${matches.length} ${matches.length === 1 ? "match" : "matches"}${matches.length > SHOWN ? `, the first ${SHOWN} shown` : ""}.`}
        </p>
      )}
      <ul className="hub-search-results">
        {matches.slice(0, SHOWN).map((match) => (
          <li key={match.path}>
            <button type="button" className="graphiql-button hub-search-result" onClick={() => open(match)}>
              <code>{match.path}</code>
            </button>
            {match.description && <span className="hub-note">{excerpt(match.description, text)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function SearchIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <circle cx="10" cy="10" r="6" />
      <path d="M15 15l6 6M7 10h6" />
    </svg>
  );
}

export const schemaSearchPlugin: GraphiQLPlugin = { title: "Search the docs", icon: SearchIcon, content: SchemaSearch };
