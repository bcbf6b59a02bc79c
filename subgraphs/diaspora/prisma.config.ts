import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { departmentPrismaSchema } from "@gcm-hub/kit/prisma-schema";

// Prisma's CLI insists on finding its native schema engine even for `generate`,
// which never runs it. Machines that cannot download it point at any file.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/false";

export default defineConfig({
  // prisma/: schema.prisma, and the kit's shared tables written beside it for this schema.
  schema: departmentPrismaSchema(fileURLToPath(new URL(".", import.meta.url)), "diaspora"),
  migrations: { path: "prisma/migrations" },
});
