// The bytes a learner pays for on her first visit to a lesson, by kind, as the browser
// received them (compressed). Prints a table; fails past the budgets in shared/DESIGN.md §5.
import { expect, test } from "@playwright/test";

test("a first visit to a lesson downloads at most 60 KB compressed", async ({ page, javaScriptEnabled }) => {
  const responses: { url: string; kind: string; bytes: number }[] = [];
  page.on("requestfinished", async (request) => {
    const sizes = await request.sizes();
    const url = new URL(request.url());
    const kind = url.pathname.endsWith(".wasm")
      ? "wasm"
      : url.pathname.endsWith(".js")
        ? "js"
        : url.pathname.endsWith(".css")
          ? "css"
          : url.pathname.startsWith("/media/")
            ? "image"
            : "html";
    responses.push({ url: url.pathname, kind, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
  });
  await page.goto("/en/courses/job-interview/what-is-an-interview");
  await page.waitForLoadState("networkidle");
  const total = responses.reduce((sum, r) => sum + r.bytes, 0);
  const mode = javaScriptEnabled ? "JavaScript on" : "JavaScript off";
  console.log(`\nFirst visit to a lesson (${mode}), bytes received including headers:`);
  for (const r of responses) console.log(`  ${r.kind.padEnd(6)} ${String(r.bytes).padStart(7)}  ${r.url}`);
  console.log(`  total  ${String(total).padStart(7)}  (${(total / 1024).toFixed(1)} KB)`);
  expect(responses.some((r) => r.kind === "html")).toBe(true);
  expect(total).toBeLessThanOrEqual(60 * 1024);
});
