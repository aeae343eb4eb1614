import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "coverage/",
      "samples/",
      "test/fixtures/",
      "tmp/",
      ".scratch/",
      "generated/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The command edge is outside the pipeline (issue 14): inner layers never import the CLI or the
    // commands' glue, so a stage can be run, tested and used by the batch worker without them.
    files: ["src/**/*.ts"],
    ignores: ["src/cli/**", "src/commands/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/cli/**", "**/commands/**"],
              message: "Only src/cli and src/commands import the command edge (src/cli, src/commands).",
            },
          ],
        },
      ],
      // The same for `import()`, which no-restricted-imports does not see.
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value=/\\/(cli|commands)\\//]",
          message: "Only src/cli and src/commands import the command edge (src/cli, src/commands).",
        },
      ],
    },
  },
  {
    // The one CommonJS file (bin/package.json): the entry that starts the cached CommonJS bundles.
    files: ["bin/thidua.js"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
