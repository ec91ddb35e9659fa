// Builds the console into one folder: app.js (TypeScript and Preact, bundled and minified by
// esbuild), app.css, index.html and favicon.svg. The output depends only on the sources and the
// pinned esbuild, so the same sources give the same bytes. `api/build.rs` runs it for the binary.
//
//   node console/build.mjs <out-dir>

import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? join(here, "dist"));
mkdirSync(out, { recursive: true });

await build({
  absWorkingDir: here,
  entryPoints: ["src/main.tsx"],
  outfile: join(out, "app.js"),
  bundle: true,
  minify: true,
  format: "esm",
  target: "es2022",
  jsx: "automatic",
  jsxImportSource: "preact",
  legalComments: "none",
  charset: "utf8",
  sourcemap: false,
  logLevel: "warning",
});

for (const name of ["index.html", "app.css", "favicon.svg"]) {
  copyFileSync(join(here, "static", name), join(out, name));
}
