import { defineConfig } from "prisma/config";

/**
 * Prisma CLI configuration. The database defaults to a SQLite file under ./data, relative to the working
 * directory, and DATABASE_URL overrides it. The Prisma CLI reads the default export, so this file is the
 * exception to the named-exports rule.
 */
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
  },
  datasource: {
    url: process.env.DATABASE_URL ?? "file:./data/booking.db",
  },
});
