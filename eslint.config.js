import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-results/", "public/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Only src/map/ may talk to MapLibre: the rest of the app stays testable without WebGL.
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/map/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["maplibre-gl", "maplibre-gl/*"], message: "Only src/map/ imports maplibre-gl." }] }],
    },
  },
);
