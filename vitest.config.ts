import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // `npm run test:fast` leaves out the tests with these tags (`--tags-filter`); `npm test` runs all.
    tags: [
      {
        name: "libreoffice",
        description: "starts LibreOffice (soffice), seconds each time",
        // A LibreOffice start can take a minute on a loaded machine.
        timeout: 240_000,
      },
      { name: "hostile-cli", description: "runs the built CLI on hostile files, one process per run" },
    ],
  },
});
