// The Glossary panel: the acronyms of the public bodies, networks and programmes the
// report names, expanded in the report's words (gateway/web/shared/glossary.ts), the
// same list as the dashboard's #/glossary.
import type { GraphiQLPlugin } from "@graphiql/react";
import { useState } from "react";
import { searchGlossary } from "../shared/glossary.js";

function Glossary() {
  const [text, setText] = useState("");
  const entries = searchGlossary(text);
  return (
    <div className="hub-plugin hub-glossary">
      <div className="graphiql-doc-explorer-title">Glossary</div>
      <p className="hub-note">
        The acronyms the report uses, in its own words; the same list is on the dashboard at <a href="/#/glossary">/#/glossary</a>.
      </p>
      <label>
        Find <input type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder="SEF, border…" data-testid="glossary-search" />
      </label>
      <dl>
        {entries.map((entry) => (
          <div key={entry.acronym} className="hub-glossary-entry">
            <dt>{entry.acronym}</dt>
            <dd>
              {entry.expansion} <span className="hub-note">({entry.kind})</span>
              {entry.quote && <blockquote>{entry.quote}</blockquote>}
              {entry.outside && <p className="hub-note">Not the report's expansion: {entry.outside}</p>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function BookIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2zM4 5v16M8 7h7M8 11h7" />
    </svg>
  );
}

export const glossaryPlugin: GraphiQLPlugin = { title: "Glossary", icon: BookIcon, content: Glossary };
