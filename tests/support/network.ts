/**
 * A recording proxy on 127.0.0.1 that sees every request a browser makes: pages, subresources, and the
 * extension's own (background, extension pages, content scripts), in both browsers alike. Launch with
 * `launch(kind, { proxyPort: recorder.port })`; the harness then routes loopback traffic through it too.
 *
 * Requests to the allowed origins (the test's static server) are forwarded and answered; everything else
 * is recorded and refused at once, so a test on this closed network neither hangs nor reaches anything.
 * Requests inside the browser (chrome-extension://, moz-extension://, data:) never touch the network
 * and so never appear here.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface RecordedRequest {
  method: string;
  /** Absolute URL; for a CONNECT tunnel (https, wss) only `https://host:port/` is known. */
  url: string;
  /** The Origin and Referer headers, which name an extension origin for the extension's own fetches. */
  origin?: string;
  referer?: string;
  /** True when forwarded to an allowed origin, false when refused. */
  forwarded: boolean;
  at: number;
}

export interface NetworkRecorder {
  port: number;
  /** Every request seen so far, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests recorded from now on are tagged with this phase name (for readable failure messages). */
  phase(name: string): void;
  /** Requests grouped by the phase they happened in. */
  byPhase(): Record<string, RecordedRequest[]>;
  close(): Promise<void>;
}

/** @param allowedOrigins origins (`http://127.0.0.1:1234`) whose requests are forwarded, not refused. */
export async function startNetworkRecorder(allowedOrigins: string[]): Promise<NetworkRecorder> {
  const allowed = new Set(allowedOrigins);
  const requests: (RecordedRequest & { phase: string })[] = [];
  let currentPhase = 'start';
  const sockets = new Set<Socket>();

  const record = (req: IncomingMessage, url: string, forwarded: boolean) => {
    const header = (name: string) => {
      const value = req.headers[name];
      return typeof value === 'string' ? value : undefined;
    };
    requests.push({
      method: req.method ?? '?',
      url,
      origin: header('origin'),
      referer: header('referer'),
      forwarded,
      at: Date.now(),
      phase: currentPhase,
    });
  };

  const server: Server = createServer((req, res) => {
    // A proxied request carries an absolute URL; a direct one (someone talking to us as a server) does not.
    const raw = req.url ?? '/';
    const url = /^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${req.headers.host ?? 'unknown'}${raw}`;
    let origin = '';
    try {
      origin = new URL(url).origin;
    } catch {
      // recorded as refused below
    }
    const forward = allowed.has(origin);
    record(req, url, forward);
    if (!forward) {
      res.writeHead(502, { 'content-type': 'text/plain', connection: 'close' }).end('refused by the test network recorder');
      return;
    }
    const target = new URL(url);
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method: req.method,
        headers: { ...req.headers, connection: 'close' },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.headersSent || res.writeHead(502).end());
    req.pipe(upstream);
  });

  // https and wss arrive as CONNECT tunnels: record the host, never open the tunnel.
  server.on('connect', (req: IncomingMessage, socket: Socket) => {
    record(req, `https://${req.url ?? 'unknown'}/`, false);
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
  });
  // ws:// through the proxy: a GET with Upgrade.
  server.on('upgrade', (req: IncomingMessage, socket: Socket) => {
    record(req, req.url ?? 'ws://unknown/', false);
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n');
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('recorder has no port');

  return {
    port: address.port,
    get requests() {
      return requests;
    },
    phase: (name) => {
      currentPhase = name;
    },
    byPhase: () => {
      const out: Record<string, RecordedRequest[]> = {};
      for (const { phase, ...r } of requests) (out[phase] ??= []).push(r);
      return out;
    },
    close: () =>
      new Promise((ok) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => ok());
      }),
  };
}

/** Whether a URL is one of the test pages' own: on an allowed origin, and a path the test itself asked for. */
export function isOwnPageRequest(url: string, allowedOrigins: string[], pagePaths: Set<string>): boolean {
  try {
    const u = new URL(url);
    // Browsers ask every origin for its favicon on their own; that is the page's request, not the extension's.
    return allowedOrigins.includes(u.origin) && (pagePaths.has(u.pathname) || u.pathname === '/favicon.ico');
  } catch {
    return false;
  }
}

/**
 * The browsers' own background services, which the harness points at reserved hosts (RFC 2606: .invalid, .test):
 * Chromium's account check and component updater, Firefox's remote settings. They are the browser's traffic,
 * and no real server answers them, so the extension could not use them even if it tried.
 */
export function isBrowserServiceRequest(url: string): boolean {
  try {
    return /\.(invalid|test)$/.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
