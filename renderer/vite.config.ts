/**
 * Builds the renderer into dist/renderer with relative URLs (base './'), so the same files load from
 * Electron's app:// protocol and from the loopback host. Everything is bundled: no fonts, scripts or
 * styles come from the network.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // Inline nothing from outside; fonts are the system's (see styles.css).
    assetsInlineLimit: 0,
    // The first screen's bundle holds the editor; the preview (docx-preview) and the in-page exporter
    // (the docx library) are separate chunks, loaded by dynamic import when the preview first opens.
    chunkSizeWarningLimit: 2000,
  },
  server: { host: '127.0.0.1' },
});
