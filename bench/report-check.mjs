// Opens a report.html in headless Chromium, waits until the network is drawn, clicks the most
// mentioned actor and then one of its ties, saves a screenshot after each step, and prints the
// draw time the page measured itself (from the start of its script to the end of the first
// layout) and the time until the page's load event.
// Usage: node bench/report-check.mjs REPORT.html OUT_DIR
import { chromium } from "playwright-core";
const [, , report, out] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const t0 = Date.now();
await page.goto("file://" + report, { waitUntil: "load" });
await page.waitForFunction(() => document.body.dataset.drawnMs !== undefined, null, { timeout: 60000 });
const loadMs = Date.now() - t0;
const drawnMs = await page.evaluate(() => +document.body.dataset.drawnMs);
await page.screenshot({ path: `${out}/1-network.png` });
// Click the most mentioned actor where it is drawn.
const top = await page.evaluate(() => {
  const n = cy.nodes().sort((a, b) => b.width() - a.width())[0];
  const p = n.renderedPosition();
  const box = document.getElementById("cy").getBoundingClientRect();
  return { id: n.id(), x: box.left + p.x, y: box.top + p.y };
});
await page.mouse.click(top.x, top.y);
await page.waitForTimeout(300);
const side1 = await page.textContent("#side");
await page.screenshot({ path: `${out}/2-actor.png` });
// Click one of its ties in the side panel's list of strongest ties.
await page.click("#side a.act[data-tie]");
await page.waitForTimeout(300);
const side2 = await page.textContent("#side");
await page.screenshot({ path: `${out}/3-tie.png` });
const size = (await import("fs")).statSync(report).size;
console.log(JSON.stringify({ report, bytes: size, load_ms: loadMs, drawn_ms: drawnMs, clicked_actor: top.id,
  actor_panel: side1.slice(0, 200), tie_panel: side2.slice(0, 300) }, null, 1));
await browser.close();
