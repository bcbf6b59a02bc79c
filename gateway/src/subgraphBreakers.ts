// A circuit breaker per subgraph. A department that does not answer (its node gone, its
// connections hanging) costs every read that needs it the subgraph timeout, and the retry's,
// before its fields come back null: up to twice SUBGRAPH_TIMEOUT_MS a read. After
// `failuresToOpen` transport failures in a row (fetches, each after its retry), its circuit
// opens: its fetches are refused at once, with the outage's own error, and no request waits.
// While open, the gateway probes the subgraph's /readyz, at once and then `probeEveryMs` after
// each probe (no client's request is the trial); the first ready answer closes the circuit,
// as does a readiness check of the gateway that finds the subgraph ready, or a fetch that
// started before the opening and was answered.
import { Counter, Gauge, type Registry } from "prom-client";
import type { Logger } from "@gcm-hub/platform";

export const DEFAULT_FAILURES_TO_OPEN = 3;
export const DEFAULT_PROBE_EVERY_MS = 1000;

export interface SubgraphBreakersOptions {
  /** Transport failures in a row that open a subgraph's circuit; 0 never opens one. */
  failuresToOpen: number;
  probeEveryMs: number;
  /** Whether the subgraph's /readyz answers ready now. */
  probe: (subgraph: string) => Promise<boolean>;
  log: Pick<Logger, "warn" | "info">;
  /** Where the circuit metrics go; none without. */
  registry?: Registry;
}

export interface SubgraphBreakers {
  /** Whether a fetch to `subgraph` may go out now; false counts it as refused. */
  admits(subgraph: string): boolean;
  /** A fetch to `subgraph` was answered (even with the department's own errors). */
  answered(subgraph: string): void;
  /** A fetch to `subgraph` failed in transport: refused, reset, timed out. */
  failed(subgraph: string): void;
  /** The subgraphs whose circuit is open. */
  open(): string[];
  /** Stops the probes (the gateway has stopped). */
  stop(): void;
}

interface Circuit {
  failures: number;
  /** When its circuit opened; undefined while closed. */
  openedAt?: number;
  /** Counts the openings, so that a probe of an earlier one stops instead of probing beside the next. */
  opening: number;
  probe?: NodeJS.Timeout;
}

export function createSubgraphBreakers({ failuresToOpen, probeEveryMs, probe, log, registry }: SubgraphBreakersOptions): SubgraphBreakers {
  const circuits = new Map<string, Circuit>();
  let stopped = false;
  const registers = registry ? [registry] : [];
  // "max": a primary summing its workers' metrics shows 1 while any worker's circuit is open.
  const openGauge = new Gauge({ name: "gateway_subgraph_circuit_open", help: "1 while a subgraph's circuit is open (its fetches refused at once), else 0", labelNames: ["subgraph"], registers, aggregator: "max" });
  const refused = new Counter({ name: "gateway_subgraph_fetches_refused_total", help: "Subgraph fetches refused because the subgraph's circuit was open", labelNames: ["subgraph"], registers });
  const circuitOf = (subgraph: string) => {
    let circuit = circuits.get(subgraph);
    if (!circuit) circuits.set(subgraph, (circuit = { failures: 0, opening: 0 }));
    return circuit;
  };

  const close = (subgraph: string, circuit: Circuit) => {
    circuit.failures = 0;
    if (circuit.openedAt === undefined) return;
    clearTimeout(circuit.probe);
    log.info({ subgraph, openForMs: Date.now() - circuit.openedAt }, "subgraph answers again: its circuit is closed");
    circuit.openedAt = undefined;
    circuit.probe = undefined;
    openGauge.set({ subgraph }, 0);
  };

  /** Probes after `delayMs`, then every probeEveryMs after each probe, until this opening ends. */
  const probeAfter = (delayMs: number, subgraph: string, circuit: Circuit, opening: number) => {
    const current = () => !stopped && circuit.openedAt !== undefined && circuit.opening === opening;
    circuit.probe = setTimeout(async () => {
      const ready = await probe(subgraph).catch(() => false);
      if (!current()) return;
      if (ready) close(subgraph, circuit);
      else probeAfter(probeEveryMs, subgraph, circuit, opening);
    }, delayMs);
    circuit.probe.unref();
  };

  const open = (subgraph: string, circuit: Circuit) => {
    circuit.openedAt = Date.now();
    circuit.opening += 1;
    log.warn({ subgraph, failures: circuit.failures, probeEveryMs }, "subgraph failed in a row: its circuit is open, its fetches refused until its /readyz answers");
    openGauge.set({ subgraph }, 1);
    // At once first: a subgraph that was only slow for a moment is back in a few milliseconds.
    probeAfter(0, subgraph, circuit, circuit.opening);
  };

  return {
    admits(subgraph) {
      if (circuits.get(subgraph)?.openedAt === undefined) return true;
      refused.inc({ subgraph });
      return false;
    },
    answered(subgraph) {
      close(subgraph, circuitOf(subgraph));
    },
    failed(subgraph) {
      const circuit = circuitOf(subgraph);
      circuit.failures += 1;
      if (!stopped && failuresToOpen > 0 && circuit.openedAt === undefined && circuit.failures >= failuresToOpen) open(subgraph, circuit);
    },
    open: () => [...circuits].filter(([, circuit]) => circuit.openedAt !== undefined).map(([subgraph]) => subgraph),
    stop() {
      stopped = true;
      for (const circuit of circuits.values()) clearTimeout(circuit.probe);
    },
  };
}
