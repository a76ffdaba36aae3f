// Queries a Pagefind bundle from Node, without a browser: the bundle's own pagefind.js and its
// WebAssembly run as they would in a page, with fetch reading the bundle's files from disk.
// Usage: node pagefind-query.mjs BUNDLE_DIR < queries.txt
// Reads one query per line; prints, per query, a tab-separated line: the query and the URLs of
// its results in rank order (at most LIMIT, default 10).
import { readFile } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";
import readline from "node:readline";

const bundle = path.resolve(process.argv[2] ?? "");
const limit = Number(process.env.LIMIT ?? 10);

globalThis.fetch = async (input) => {
  let url = typeof input === "string" ? input : input.url ?? String(input);
  const file = url.startsWith("file:") ? fileURLToPath(url) : path.join(bundle, url.replace(/^\/?(pagefind\/)?/, ""));
  try {
    return new Response(await readFile(file), { status: 200 });
  } catch {
    return new Response(null, { status: 404 });
  }
};
// The WebAssembly module is fetched and compiled; Node's streaming compile needs a content type.
WebAssembly.instantiateStreaming = undefined;
WebAssembly.compileStreaming = undefined;

const pagefind = await import(pathToFileURL(path.join(bundle, "pagefind.js")).href);
await pagefind.options({ basePath: pathToFileURL(bundle).href + "/", baseUrl: "/" });
await pagefind.init("zh-cn");

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  const q = line.trim();
  if (!q) continue;
  const res = await pagefind.search(q);
  const top = await Promise.all((res?.results ?? []).slice(0, limit).map((r) => r.data()));
  console.log([q, ...top.map((d) => d.url)].join("\t"));
}
