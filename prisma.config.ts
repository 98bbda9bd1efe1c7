import { defineConfig } from 'prisma/config';

// The URL is only read by `prisma migrate` where its engine can be downloaded;
// `npm run db:migrate` applies the same migrations without it.
export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/postgres' },
});
