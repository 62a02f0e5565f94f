import { defineConfig } from "vitest/config";

// Two projects: "unit" is pure Node (engine, data, store, state → map data);
// "browser" drives the production build in real headless Chromium through playwright-core.
export default defineConfig({
  test: {
    reporters: ["default", "./tests/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          // Unit tests first, browser tests after: on two cores they would starve each other.
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          sequence: { groupOrder: 1 },
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One Chromium at a time: the machine has two cores and WebGL is software-rendered.
          fileParallelism: false,
        },
      },
    ],
  },
});
