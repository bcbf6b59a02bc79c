// Search by meaning, at the top of the documentation explorer: a word finds types, fields,
// arguments and enum values by name or description (schemaMatches.ts), where GraphiQL's own
// docs search looks at names only; choosing a match opens it in the explorer below.
import { DOC_EXPLORER_PLUGIN, useDocExplorerActions } from "@graphiql/plugin-doc-explorer";
import { DocsFilledIcon, DocsIcon, usePluginStore, useSchemaStore, type GraphiQLPlugin } from "@graphiql/react";
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
    setText("");
    setVisiblePlugin(DOC_EXPLORER_PLUGIN.title);
  };
  return (
    <div className="hub-plugin hub-search">
      <label>
        Search names and descriptions{" "}
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

function DocsPluginIcon() {
  const visible = usePluginStore((state) => state.visiblePlugin?.title === DOC_EXPLORER_PLUGIN.title);
  return visible ? <DocsFilledIcon /> : <DocsIcon />;
}

const DocExplorer = DOC_EXPLORER_PLUGIN.content;

function DocsWithSearch() {
  return (
    <div className="hub-docs">
      <SchemaSearch />
      <DocExplorer />
    </div>
  );
}

/** GraphiQL's documentation explorer (same title, same place) with the search by meaning above it. */
export const docsPlugin: GraphiQLPlugin = { title: DOC_EXPLORER_PLUGIN.title, icon: DocsPluginIcon, content: DocsWithSearch };
