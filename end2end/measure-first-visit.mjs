// Measures the bytes a learner receives on her first visit to a lesson, compressed, as
// Chromium reports them, with JavaScript on and off, in every interface language (or those
// LANGUAGES lists, as `en,ar`). Needs a running release server:
//   BASE_URL=http://127.0.0.1:3000 node measure-first-visit.mjs
import { chromium, devices } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const languages = (process.env.LANGUAGES ?? "en,it,el,ro,bg,de,sq,fr,ar").split(",");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const kindOf = (path) =>
  path.endsWith(".wasm") ? "wasm" : path.endsWith(".js") ? "js" : path.endsWith(".css") ? "css"
    : path.startsWith("/media/") ? "image" : "html";

for (const language of languages) {
const lesson = `${base}/${language}/courses/job-interview/what-is-an-interview`;
for (const javaScriptEnabled of [false, true]) {
  const context = await browser.newContext({ ...devices["Pixel 5"], javaScriptEnabled });
  const page = await context.newPage();
  const rows = [];
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes();
    const path = new URL(request.url()).pathname;
    rows.push({ kind: kindOf(path), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto(lesson);
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const byKind = {};
  for (const row of rows) byKind[row.kind] = (byKind[row.kind] ?? 0) + row.bytes;
  const total = rows.reduce((sum, row) => sum + row.bytes, 0);
  const cells = Object.entries(byKind).map(([kind, bytes]) => `${kind} ${(bytes / 1024).toFixed(1)} KB`);
  console.log(`| ${language} | JavaScript ${javaScriptEnabled ? "on" : "off"} | ${cells.join(", ")} | **${(total / 1024).toFixed(1)} KB** |`);
  await context.close();
}
}
await browser.close();
