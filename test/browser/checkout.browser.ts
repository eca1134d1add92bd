// A Paypage checkout in a real browser: Debian's Chromium, headless, driven by
// playwright-core, against a merchant server and the mock Paypage on loopback.
// The buyer clicks Pay on the shop's page; the shop starts the payment as JSON
// and sends the browser on with a self-posting form; the browser follows the
// mock's forms back to the shop, which verifies the normal return (and the
// automatic response) with the generated decoder before it says "paid".
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import {
  createClient,
  decodePaypageResponse,
  escapeHtml,
  paypageRedirectionForm,
  renderPaypageAutoPost,
} from "../../generated/index.js";
import { startMockServer, type MockServer } from "../../generated/mock.js";

const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const secretKey = "002001000000001_KEY1";
const credentials = { merchantId: "002001000000001", keyVersion: 1, secretKey };

let mock: MockServer;
let shop: Server;
let shopUrl = "";
let profile = "";
let context: BrowserContext;
/** What the shop verified, by how it came. */
const verified: { how: "normal" | "automatic"; responseCode: unknown }[] = [];

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
  });

function html(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body);
}

async function shopRoutes(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  if (req.method === "GET" && req.url === "/") {
    return html(
      res,
      200,
      `<!DOCTYPE html><title>Shop</title><form method="post" action="/start"><button id="pay">Pay 12.50 EUR</button></form>`,
    );
  }
  if (req.url === "/start") {
    const client = createClient({ environment: mock.url, ...credentials });
    const started = await client.paymentWebInit({
      amount: 1250,
      currencyCode: "978",
      transactionReference: "browser01",
      normalReturnUrl: `${shopUrl}/return`,
      automaticResponseUrl: `${shopUrl}/notify`,
    });
    if (!started.ok) return html(res, 502, escapeHtml(started.error.message));
    const form = paypageRedirectionForm(started.response);
    if (!form.ok) return html(res, 502, escapeHtml(form.error.message));
    return html(res, 200, renderPaypageAutoPost(form.form, { title: "To the payment page" }));
  }
  if (req.url === "/notify" || req.url === "/return") {
    const how = req.url === "/notify" ? "automatic" : "normal";
    const decoded = decodePaypageResponse(body, secretKey, { sealAlgorithm: "HMAC-SHA-256", environment: mock.url });
    if (!decoded.ok) return html(res, 400, `<p id="outcome">refused: ${escapeHtml(decoded.error.kind)}</p>`);
    verified.push({ how, responseCode: decoded.response.responseCode });
    const paid = decoded.response.responseCode === "00";
    return html(
      res,
      200,
      `<p id="outcome">${paid ? "paid" : "not paid"} ${escapeHtml(decoded.response.transactionReference ?? "")}</p>`,
    );
  }
  return html(res, 404, "not found");
}

beforeAll(async () => {
  mock = await startMockServer({ secretKey });
  shop = createServer((req, res) => void shopRoutes(req, res).catch(() => html(res, 500, "shop failed")));
  await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
  const address = shop.address();
  shopUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  profile = await mkdtemp(path.join(tmpdir(), "sips-json-chromium-"));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
});

afterAll(async () => {
  await context?.close();
  await mock?.close();
  await new Promise<void>((resolve) => (shop ? shop.close(() => resolve()) : resolve()));
  if (profile) await rm(profile, { recursive: true, force: true });
});

test("the buyer pays in the browser; the shop verifies the normal return and the automatic response", async () => {
  const page = await context.newPage();
  await page.goto(`${shopUrl}/`);
  await page.click("#pay");
  // Shop -> mock Paypage -> shop: two self-posting forms, followed by the browser itself.
  await page.waitForURL(`${shopUrl}/return`);
  await expect(page.locator("#outcome").textContent()).resolves.toBe("paid browser01");
  expect(verified).toEqual([
    { how: "automatic", responseCode: "00" },
    { how: "normal", responseCode: "00" },
  ]);
});
