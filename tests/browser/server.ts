import { readFile, stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { ImportMap } from "./importMap.js";

/** A static server bound to 127.0.0.1 on a free port, with the log of every path asked for. */
export interface PageServer {
  readonly url: string;
  readonly requests: readonly string[];
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** The page: the import map, then the module that renders the report sections. */
export function pageHtml(importMap: ImportMap): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>ducha in the browser</title>
<link rel="icon" href="data:,">
<script type="importmap">${JSON.stringify(importMap)}</script>
<style>body{font:14px/1.5 system-ui,sans-serif;margin:2em}dt{font-weight:600}</style>
</head>
<body data-status="loading">
<h1>ducha</h1>
<main id="report"></main>
<script type="module" src="/tests/browser/page/main.js" onerror="document.body.dataset.status='failed'"></script>
</body>
</html>
`;
}

/**
 * Serves `/` (the page) and files under the allowed folders of `root` (relative paths such as
 * "dist/"), nothing else: no directory listings, no path outside those folders.
 */
export async function startPageServer(
  root: string,
  allowed: readonly string[],
  importMap: ImportMap,
): Promise<PageServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    requests.push(path);
    const send = (status: number, body: string | Buffer, type = "text/plain; charset=utf-8") => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(body);
    };
    if (path === "/" || path === "/index.html")
      return send(200, pageHtml(importMap), TYPES[".html"]);
    const relative = normalize(path).replace(/^[/\\]+/, "");
    const inside =
      allowed.some((folder) => relative.startsWith(folder)) && !relative.includes("..");
    if (!inside) return send(404, "not found");
    const file = join(root, ...relative.split("/"));
    stat(file)
      .then((info) => {
        if (!info.isFile()) throw new Error("not a file");
        return readFile(file);
      })
      .then((body) => send(200, body, TYPES[extname(file)] ?? "application/octet-stream"))
      .catch(() => send(404, "not found"));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
