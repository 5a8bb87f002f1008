// Bundles src/view.js (sigma, graphology, the ForceAtlas2 worker) into one minified script,
// graph/export/assets/view.js, and writes the licences of every bundled package beside it.
// Run `npm ci && npm run build` here after changing src/ or the pinned versions; commit both.
import { build } from "esbuild";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const assets = join(here, "..", "..", "graph", "export", "assets");

const result = await build({
  entryPoints: [join(here, "src", "view.js")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2020"],
  legalComments: "none",
  metafile: true,
  write: false,
  logLevel: "warning",
});

// Every npm package with code in the bundle, from the inputs esbuild used.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const match = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!match || packages.has(match[1])) continue;
  const root = join(here, "node_modules", match[1]);
  const meta = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const licence = readdirSync(root).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  if (!licence) throw new Error(`${match[1]}: no licence file to ship with the bundle`);
  packages.set(match[1], { version: meta.version, licence: meta.license, text: readFileSync(join(root, licence), "utf8").trim() });
}
const names = [...packages.keys()].sort();
const banner = "/* kg-builder graph view. Bundled: " +
  names.map((n) => `${n} ${packages.get(n).version} (${packages.get(n).licence})`).join(", ") +
  ". Licences: THIRD_PARTY_LICENSES.txt */\n";

const code = banner + result.outputFiles[0].text;
// The script is inlined in a <script> element: it must never close it early.
if (/<\/script/i.test(code) || /<!--/.test(code)) throw new Error("bundle contains </script or <!--");
writeFileSync(join(assets, "view.js"), code);
writeFileSync(join(assets, "THIRD_PARTY_LICENSES.txt"),
  "Licences of the npm packages bundled into view.js (tools/view/package-lock.json pins them).\n\n" +
  names.map((n) => `${"=".repeat(72)}\n${n} ${packages.get(n).version} (${packages.get(n).licence})\n${"=".repeat(72)}\n\n${packages.get(n).text}\n`).join("\n"));
console.log(`view.js: ${code.length} bytes; bundled ${names.join(", ")}`);
