/**
 * Firefox has no `--host-resolver-rules`, so a Firefox under test reaches the sample site as
 * https://arxiv.org through this local proxy instead (see ../../../../shared/docs/platform.md):
 * its profile sends every connection here, `CONNECT arxiv.org:443` is piped to the sample's TLS
 * server, other loopback addresses pass through unchanged, and anything else is refused. Every
 * host the browser asked for is recorded, which is the network watch for Firefox.
 */
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ArxivProxy {
  port: number;
  /** Every address asked for, in order, as `host:port` (CONNECT) or the full URL (plain HTTP). */
  readonly seen: readonly string[];
  /** Firefox preferences that send the profile's connections through this proxy. */
  firefoxPrefs(): Record<string, string | number | boolean>;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Where a CONNECT to `authority` goes, or undefined to refuse it. */
function tunnelTarget(authority: string, arxivPort: number): number | undefined {
  const separator = authority.lastIndexOf(':');
  const host = authority.slice(0, separator).toLowerCase();
  const port = Number(authority.slice(separator + 1));
  if (host === 'arxiv.org' && port === 443) return arxivPort;
  if (LOOPBACK.has(host) && Number.isInteger(port) && port > 0) return port;
  return undefined;
}

export async function startArxivProxy(arxivPort: number): Promise<ArxivProxy> {
  const seen: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request: IncomingMessage, response) => {
    // A plain-HTTP proxy request names the absolute URL: only loopback is forwarded.
    const address = request.url ?? '';
    seen.push(address);
    let target: URL;
    try {
      target = new URL(address);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (target.protocol !== 'http:' || !LOOPBACK.has(target.hostname)) {
      response.writeHead(502, { 'Content-Type': 'text/plain' }).end('refused by the test proxy\n');
      return;
    }
    const forwarded = httpRequest(
      target,
      { method: request.method, headers: request.headers },
      (upstream) => {
        response.writeHead(upstream.statusCode ?? 502, upstream.headers);
        upstream.pipe(response);
      },
    );
    forwarded.on('error', () => response.writeHead(502).end());
    request.pipe(forwarded);
  });
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    const authority = request.url ?? '';
    seen.push(authority);
    const port = tunnelTarget(authority, arxivPort);
    if (port === undefined) {
      client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    seen,
    firefoxPrefs: () => ({
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      // Loopback too, so the proxy sees every connection the browser makes.
      'network.proxy.allow_hijacking_localhost': true,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
