// The code exporter plugin: the operation in the editor as curl and fetch by hash (with its
// text too when the gateway does not trust it yet), the guide's typed client (codegen client
// preset), each with a copy button, and "Download as CSV" for a trusted operation.
import type { GraphiQLPlugin } from "@graphiql/react";
import { useState } from "react";
import { operationNameOf } from "./operationText.js";
import { readSettings } from "./settings.js";
import { csvExportLink, curlSnippet, fetchSnippet, persistedDocument, typedDocumentSnippet, type Request } from "./snippets.js";
import { jsonObject, useEditorSnapshot } from "./useEditorSnapshot.js";

function Snippet({ title, code }: { title: string; code: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () => {
    void navigator.clipboard?.writeText(code).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <section className="hub-snippet" aria-label={title}>
      <header>
        <h3>{title}</h3>
        <button type="button" className="graphiql-button" onClick={copy}>
          {copied ? "Copied" : "Copy"}
        </button>
      </header>
      <pre>
        <code>{code}</code>
      </pre>
    </section>
  );
}

export function CsvDownload({ trustedNames }: { trustedNames: readonly string[] }) {
  const snapshot = useEditorSnapshot();
  const variables = jsonObject(snapshot.variables, "variables");
  if (!variables.ok) return <p className="hub-note">{variables.message}</p>;
  const name = operationNameOf(snapshot.query);
  const link = csvExportLink(name, variables.value, trustedNames, window.location.origin);
  if (!link.ok) return <p className="hub-note">{link.message}</p>;
  return (
    <p className="hub-csv">
      <a className="graphiql-button" href={link.href} download={`${name}.csv`} data-testid="csv-download">
        Download as CSV
      </a>
      <span className="hub-note"> the trusted {name} with these variables (edits to its selection are not exported).</span>
    </p>
  );
}

function CodeExporter({ endpoint, trustedNames, trustedHashes }: { endpoint: string; trustedNames: readonly string[]; trustedHashes: ReadonlySet<string> }) {
  const snapshot = useEditorSnapshot();
  const variables = jsonObject(snapshot.variables, "variables");
  const headers = jsonObject(snapshot.headers, "headers");
  if (!variables.ok) return <p className="hub-note">{variables.message}</p>;
  if (!headers.ok) return <p className="hub-note">{headers.message}</p>;
  const request: Request = {
    endpoint,
    query: snapshot.query,
    operationName: operationNameOf(snapshot.query),
    variables: variables.value,
    headers: Object.fromEntries(Object.entries(headers.value ?? {}).map(([key, value]) => [key, String(value)])),
    trustedHashes,
  };
  let registered: boolean;
  try {
    registered = persistedDocument(request).registered;
  } catch (error) {
    return <p className="hub-note">The query does not parse: {(error as Error).message}</p>;
  }
  const name = request.operationName ?? "MyOperation";
  return (
    <div className="hub-plugin">
      <div className="graphiql-doc-explorer-title">Code</div>
      <CsvDownload trustedNames={trustedNames} />
      <p className="hub-note">
        {registered
          ? "One of the hub's trusted operations: curl and fetch send its hash alone."
          : "Not one of the hub's trusted operations: curl and fetch send its hash with its text; publish it before a production gateway runs it."}
      </p>
      <Snippet title="curl" code={curlSnippet(request)} />
      <Snippet title="fetch" code={fetchSnippet(request)} />
      <Snippet title={`Typed client (docs/front-end.md): save the operation as src/${name}.graphql, run codegen, then src/client.ts`} code={typedDocumentSnippet(request)} />
    </div>
  );
}

function CodeIcon() {
  return (
    <svg viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" strokeWidth="1.5" aria-hidden="true">
      <path d="M8 7l-5 5 5 5M16 7l5 5-5 5M14 4l-4 16" />
    </svg>
  );
}

export function codeExporterPlugin(endpoint: string, trustedNames: readonly string[]): GraphiQLPlugin {
  const trustedHashes = new Set(readSettings().trustedOperations.map((operation) => operation.hash));
  return { title: "Code exporter", icon: CodeIcon, content: () => <CodeExporter endpoint={endpoint} trustedNames={trustedNames} trustedHashes={trustedHashes} /> };
}
