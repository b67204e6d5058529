// What a learner cannot see but depends on: no other site is contacted, pages stay small,
// and quick exit leaves without a way Back.
import { expect, test } from "@playwright/test";
import { readFileSync, readdirSync } from "node:fs";
import { LANGUAGES } from "./helpers";

const NEUTRAL = "https://www.wikipedia.org/";
const LESSON = "/en/courses/job-interview/what-is-an-interview";

test("a lesson loads nothing from any other host", async ({ page, baseURL }) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await page.goto(LESSON);
  await page.waitForLoadState("networkidle");
  expect(requested.length).toBeGreaterThan(1);
  const foreign = requested.filter((url) => !url.startsWith(baseURL!));
  expect(foreign).toEqual([]);
});

// The budgets hold in every language: the same lesson, its frame in each.
for (const code of LANGUAGES) {
  const lesson = LESSON.replace("/en/", `/${code}/`);

  test(`a lesson page's HTML is at most 14 KB compressed (${code})`, async ({ page }) => {
    const response = await page.goto(lesson);
    expect(response?.headers()["content-encoding"]).toMatch(/br|gzip/);
    const sizes = await response!.request().sizes();
    expect(sizes.responseBodySize).toBeGreaterThan(500);
    expect(sizes.responseBodySize).toBeLessThanOrEqual(14 * 1024);
  });

  test(`a first visit to a lesson downloads at most 60 KB compressed, everything included (${code})`, async ({
    page,
  }) => {
    const sizes: Promise<number>[] = [];
    page.on("requestfinished", (request) =>
      sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
    );
    await page.goto(lesson);
    await page.waitForLoadState("networkidle");
    const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(3 * 1024);
    expect(total).toBeLessThanOrEqual(60 * 1024);
  });
}

test("without JavaScript a lesson fetches no script or WebAssembly", async ({
  page,
  javaScriptEnabled,
}) => {
  const fetched: string[] = [];
  page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(LESSON);
  await page.waitForLoadState("networkidle");
  const code = fetched.filter((path) => /\.(js|wasm)$/.test(path));
  if (javaScriptEnabled) {
    // The island loader's two files, and nothing else.
    expect(code).toHaveLength(2);
  } else {
    expect(code).toEqual([]);
  }
});

test("the WebAssembly a page loads holds none of the interface's texts", async ({
  page,
  request,
  javaScriptEnabled,
}) => {
  test.skip(!javaScriptEnabled, "no WebAssembly is loaded without JavaScript");
  const loaded: string[] = [];
  page.on("request", (r) => loaded.push(r.url()));
  await page.goto(LESSON);
  await page.waitForLoadState("networkidle");
  const wasm = loaded.find((url) => url.endsWith(".wasm"));
  expect(wasm).toBeDefined();
  const bytes = (await (await request.get(wasm!)).body()).toString("latin1");
  // The island's own string is there: the search reads the module as it is.
  expect(bytes).toContain("Shift");
  // Every plain text of every language file (its UTF-8 bytes, read the same way).
  const dir = "../app/locales";
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith(".ftl"))
    .flatMap((name) => readFileSync(`${dir}/${name}`, "utf8").split("\n"))
    .map((line) => /^[a-z][\w-]* = ([^{]{12,})$/.exec(line)?.[1])
    .filter((text): text is string => text !== undefined);
  expect(texts.length).toBeGreaterThan(500);
  const found = texts.filter((text) => bytes.includes(Buffer.from(text, "utf8").toString("latin1")));
  expect(found).toEqual([]);
});

test.describe("quick exit", () => {
  test.beforeEach(async ({ page }) => {
    // The neutral site is answered locally: these machines reach no other host.
    await page.context().route(`${NEUTRAL}**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<title>Neutral</title><p>Neutral</p>" }),
    );
  });

  test("the button leaves for a neutral site, and Back does not return here", async ({ page }) => {
    await page.goto("/en");
    await page.goto(LESSON);
    await page.getByRole("link", { name: "Quick exit" }).click();
    await expect(page).toHaveURL(NEUTRAL);
    // Back, twice: each page of this site that history still lists sends her on again.
    for (let i = 0; i < 2; i++) {
      await page.goBack().catch((error) => {
        // Chromium does not pass a redirect met during a history navigation to Playwright's
        // route, so this offline machine fails to load the neutral site itself; what matters
        // is that the browser was sent there, not back to this site.
        if (!String(error).includes("ERR_NAME_NOT_RESOLVED")) throw error;
      });
      await expect(page).toHaveURL(NEUTRAL);
    }
  });

  test("it signs her out: typing the address again opens no account", async ({ page }) => {
    await page.goto("/en/sign-in");
    await page.getByLabel("Name on this site").fill("demo-learner");
    await page.getByLabel("Password", { exact: true }).fill("demo-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.goto("/en/account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My account");
    await page.getByRole("link", { name: "Quick exit" }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goto("/");
    await page.goto("/en/account");
    await expect(page).toHaveURL(/\/en\/sign-in$/);
  });

  test("typing the site's address brings her back in", async ({ page }) => {
    await page.goto(LESSON);
    await page.getByRole("link", { name: "Quick exit" }).click();
    await expect(page).toHaveURL(NEUTRAL);
    await page.goto("/");
    await expect(page).toHaveURL(/\/en$/);
    await page.goto(LESSON);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("What is a job interview?");
  });
});
