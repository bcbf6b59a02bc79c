// GraphiQL's fetcher for the hub: runs the operation that is in the editor (see
// operationText.ts), and answers every failure (bad JSON variables, a network error, a
// page that is not JSON) as a GraphQL error message, so no stack trace reaches the
// result pane.
import { chooseOperation } from "./operationText.js";

export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

export interface FetcherOptions {
  headers?: Record<string, unknown>;
}

export interface ErrorResult {
  errors: { message: string }[];
}

function failure(message: string): ErrorResult {
  return { errors: [{ message }] };
}

/** Headers from the headers editor, as strings. */
function headersOf(options: FetcherOptions | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(options?.headers ?? {}).map(([name, value]) => [name, String(value)]));
}

export function createHubFetcher(endpoint: string) {
  return async function hubFetcher(params: FetcherParams, options?: FetcherOptions): Promise<unknown> {
    const choice = chooseOperation(params.query, params.operationName);
    if (!choice.ok) return failure(choice.message);
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json", ...headersOf(options) },
        body: JSON.stringify({ query: params.query, operationName: choice.operationName, variables: params.variables ?? undefined }),
      });
    } catch (error) {
      return failure(`The hub did not answer (${(error as Error).message}). Is the gateway running?`);
    }
    const text = await response.text();
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return failure(`The hub answered ${response.status} ${response.statusText} with a body that is not JSON: ${text.slice(0, 200)}`);
    }
  };
}
