import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { VitePWA } from "vite-plugin-pwa";

// Relative base so the production build works from any static host path (and from a
// sub-folder such as GitHub Pages), which is our only deployment target.
export default defineConfig({
  base: "./",
  plugins: [
    react(),
    // The service worker (src/pwa/sw.ts) is our own because the demo base map must answer
    // byte-range requests from the cache; the plugin builds it and fills in the file list.
    // Registration and the "new version" notice are ours too (src/pwa/register.ts), and the
    // manifest is a plain file in public/.
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src/pwa",
      filename: "sw.ts",
      injectRegister: false,
      manifest: false,
      injectManifest: {
        // Every file of the build: the app, each lazy chunk (workers, MapLibre's worker,
        // languages, the demo's network and residents), the icons and the demo base map.
        // Not the source maps, which only developer tools fetch.
        globPatterns: ["**/*"],
        globIgnores: ["**/*.map", "sw.js"],
        // index.js is above Workbox's 2 MiB default; the largest file today is about 2.2 MB.
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
      },
    }),
  ],
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
