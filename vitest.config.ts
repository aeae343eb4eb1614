import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // `npm run test:fast` leaves these out (`--tags-filter`); `npm test` runs everything.
    tags: [
      { name: "libreoffice", description: "runs LibreOffice (soffice): seconds per start" },
      { name: "hostile-cli", description: "runs the built CLI on hostile files, one process per run" },
    ],
  },
});
