import { defineConfig } from "prisma/config";

// Prisma's CLI insists on finding its native schema engine even for `generate`,
// which never runs it. Machines that cannot download it point at any file.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
