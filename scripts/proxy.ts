// npm run proxy: the shipped reverse proxy (deploy/nginx/nginx.conf.template) in front of a running portal,
// with nginx from Debian's packages, started here in the foreground. Nothing is written outside PROXY_DIR
// (default .proxy/): the rendered configuration, cache, temp files, logs and pid.
//   ORIGIN          the portal's address (default 127.0.0.1:3000); start it with TRUSTED_PROXIES=1
//   PROXY_PORT      where the proxy listens (default 8080)
//   TLS_CERT, TLS_KEY  certificate and key files: listen with TLS (HTTP/2) and send HSTS; unset: plain HTTP
//   --render-only   write the configuration and print its path, without starting nginx
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export type ProxyOptions = { dir: string; port: number; origin: string; tlsCert?: string; tlsKey?: string; accessLog?: boolean };

const MODULE_DIRS = ["/usr/lib/nginx/modules", "/usr/lib64/nginx/modules", "/usr/local/lib/nginx/modules"];
const MODULES = ["ngx_http_brotli_filter_module.so", "ngx_http_cache_purge_module.so"];

export function findNginx(): string {
  for (const p of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"]) if (fs.existsSync(p)) return p;
  const r = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  throw new Error("nginx is not installed: apt-get install nginx libnginx-mod-http-brotli-filter libnginx-mod-http-cache-purge");
}

/** Writes the configuration for these options; returns its path. */
export function renderProxyConfig(o: ProxyOptions): string {
  const dir = path.resolve(o.dir);
  fs.mkdirSync(path.join(dir, "cache"), { recursive: true });
  const template = fs.readFileSync(path.resolve(import.meta.dirname, "..", "deploy", "nginx", "nginx.conf.template"), "utf8");
  const modules = MODULES.map((m) => {
    const found = MODULE_DIRS.map((d) => path.join(d, m)).find((p) => fs.existsSync(p));
    if (!found) throw new Error(`nginx module ${m} not found: apt-get install libnginx-mod-http-brotli-filter libnginx-mod-http-cache-purge`);
    return `load_module ${found};`;
  });
  const tls = !!(o.tlsCert && o.tlsKey);
  const hsts = tls ? 'add_header Strict-Transport-Security "max-age=31536000; includeSubDomains" always;' : "";
  const values: Record<string, string> = {
    LOAD_MODULES: modules.join("\n"),
    // Workers of a root master would run as "nobody", who cannot write the cache folder made here.
    USER: process.getuid?.() === 0 ? "user root;" : "",
    PREFIX: dir,
    MIME_TYPES: ["/etc/nginx/mime.types", "/usr/local/etc/nginx/mime.types"].find((p) => fs.existsSync(p)) ?? "mime.types",
    ACCESS_LOG: o.accessLog ? path.join(dir, "access.log") : "off",
    ORIGIN: o.origin,
    LISTEN: tls ? `listen ${o.port} ssl http2;` : `listen ${o.port};`,
    TLS: tls ? `ssl_certificate ${o.tlsCert};\n    ssl_certificate_key ${o.tlsKey};\n    ssl_protocols TLSv1.2 TLSv1.3;\n    ssl_session_cache shared:tls:10m;` : "",
    HSTS: hsts,
    HTTP_REDIRECT: "",
  };
  const conf = template.replace(/@([A-Z_]+)@/g, (m, k: string) => values[k] ?? m);
  const file = path.join(dir, "nginx.conf");
  fs.writeFileSync(file, conf);
  return file;
}

/** Starts nginx in the foreground with these options (the caller stops it with SIGTERM/SIGQUIT). */
export function startProxy(o: ProxyOptions) {
  const conf = renderProxyConfig(o);
  const nginx = findNginx();
  const test = spawnSync(nginx, ["-t", "-q", "-p", path.resolve(o.dir), "-c", conf], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx refused the configuration:\n${test.stderr}`);
  return spawn(nginx, ["-p", path.resolve(o.dir), "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
}

if (import.meta.filename === process.argv[1]) {
  const o: ProxyOptions = {
    dir: process.env.PROXY_DIR ?? ".proxy",
    port: Number(process.env.PROXY_PORT ?? 8080),
    origin: process.env.ORIGIN ?? "127.0.0.1:3000",
    tlsCert: process.env.TLS_CERT,
    tlsKey: process.env.TLS_KEY,
    accessLog: true,
  };
  if (process.argv.includes("--render-only")) {
    console.log(renderProxyConfig(o));
  } else {
    const child = startProxy(o);
    console.log(`  Proxy on http${o.tlsCert ? "s" : ""}://127.0.0.1:${o.port} in front of ${o.origin} (logs in ${o.dir}/)`);
    console.log("  Run the portal behind it with TRUSTED_PROXIES=1 (and compression on, the default).");
    for (const s of ["SIGINT", "SIGTERM"] as const) process.on(s, () => child.kill("SIGQUIT"));
    child.on("exit", (code) => process.exit(code ?? 0));
  }
}
