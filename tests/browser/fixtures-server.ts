import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A loopback HTTP server that answers like an Overpass API interpreter with a stored answer,
 * so "load this area" runs end to end without leaving the machine. It records the queries it
 * was sent and allows the app's origin (CORS), as the public Overpass servers do.
 */
export async function startOverpassFixture(answer: Buffer | string, status = 200): Promise<{ url: string; queries: string[]; close: () => Promise<void> }> {
  const queries: string[] = [];
  const server: Server = createServer((req, res) => {
    const cors = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "*" };
    if (req.method === "OPTIONS") {
      res.writeHead(204, cors).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      queries.push(new URLSearchParams(Buffer.concat(chunks).toString("utf8")).get("data") ?? "");
      res.writeHead(status, { ...cors, "Content-Type": "application/json" }).end(answer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/interpreter`,
    queries,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
