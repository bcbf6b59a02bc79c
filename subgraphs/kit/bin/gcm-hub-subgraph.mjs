#!/usr/bin/env node
// The kit's subgraph commands are TypeScript: run them through tsx's loader.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
