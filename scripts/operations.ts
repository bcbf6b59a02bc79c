// npm run operations:publish -- --client <name> --version <v> <persisted-documents.json>
// npm run operations:list [-- --client <name>]
// npm run operations:retire -- --client <name> --version <v>
// A front-end team's operations, published as the manifest its codegen writes; see
// docs/front-end.md and gateway/src/operationsCommand.ts.
import { runOperationsCommand } from "../gateway/src/operationsCommand.js";

process.exitCode = runOperationsCommand(process.argv.slice(2), process.env, console);
