import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Relative base so the production build works from any static host path (and from a
// sub-folder such as GitHub Pages), which is our only deployment target.
export default defineConfig({
  base: "./",
  plugins: [react()],
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
