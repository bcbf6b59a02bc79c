// The headers guide plugin: how to paste a token into the headers editor. Reading the
// plan's published data needs none; writing a department's data needs its token.
import { useEditorContext, type GraphiQLPlugin } from "@graphiql/react";

export const TOKEN_TEMPLATE = `{\n  "Authorization": "Bearer PASTE-YOUR-TOKEN-HERE"\n}`;

function HeadersGuide() {
  const { headerEditor } = useEditorContext({ nonNull: true });
  return (
    <div className="hub-plugin">
      <div className="graphiql-doc-explorer-title">Headers and tokens</div>
      <p>Reading published figures needs no token. Writing a department's data, or reading its drafts and audit trail, needs a token for that department.</p>
      <ol>
        <li>
          Get a token: in development <code>npm run -s token -- --subgraph labour --scopes write,publish</code>; in production, from your identity provider.
        </li>
        <li>
          Open <strong>Headers</strong> under the query editor and paste it as a JSON object:
          <pre>
            <code>{TOKEN_TEMPLATE}</code>
          </pre>
        </li>
      </ol>
      <button type="button" className="graphiql-button" onClick={() => headerEditor?.setValue(TOKEN_TEMPLATE)}>
        Put this template in the headers editor
      </button>
      <p className="hub-note">Headers stay in this tab and are sent with every run from it; clear them to read as the public.</p>
    </div>
  );
}

function KeyIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <circle cx="8" cy="15" r="4" />
      <path d="M11 12l9-9M17 6l3 3M15 8l2 2" />
    </svg>
  );
}

export const headersGuidePlugin: GraphiQLPlugin = { title: "Headers and tokens", icon: KeyIcon, content: HeadersGuide };
