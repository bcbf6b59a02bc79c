// Prisma reads schema.prisma with the kit's shared tables, written beside it for the "plan" schema.
import { departmentPrismaConfig } from "@gcm-hub/kit/prisma-schema";

export default departmentPrismaConfig(new URL(".", import.meta.url), "plan");
