// Nine interface languages, one right to left: every page a learner uses fits a 320 px phone
// and passes axe in each; the language list works without JavaScript, keeps the page she is
// on and answers an address in a language the site does not have; courses come in the
// languages she reads, whatever the pages' language.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { LANGUAGES, signIn } from "./helpers";

async function fitsAndPassesAxe(page: Page, path: string, javaScriptEnabled: boolean) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  // axe runs as a script in the page: with JavaScript only (the markup is the same without).
  if (javaScriptEnabled) {
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
      .analyze();
    const found = results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}): ${v.help}`);
    expect(found).toEqual([]);
  }
}

for (const code of LANGUAGES) {
  test(`in ${code} the pages a learner uses fit 320 px and pass axe`, async ({
    page,
    javaScriptEnabled,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      `/${code}`,
      `/${code}/courses/safe-phone/secret-codes`,
      `/${code}/sign-in`,
      `/${code}/languages`,
    ]) {
      await fitsAndPassesAxe(page, path, javaScriptEnabled);
      await expect(page.locator("html")).toHaveAttribute("lang", code);
      await expect(page.locator("html")).toHaveAttribute("dir", code === "ar" ? "rtl" : "ltr");
    }
    await signIn(page, "demo-learner");
    await fitsAndPassesAxe(page, `/${code}/home`, javaScriptEnabled);
  });
}

test("Arabic reads right to left, with the quick exit still under the right thumb", async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/ar/courses/safe-phone/secret-codes");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("article.lesson")).toHaveAttribute("lang", "ar");
  const heading = await page.locator("h1").boundingBox();
  // The title starts at the right edge of the page.
  expect(heading!.x + heading!.width).toBeGreaterThan(300);
  const exit = await page.getByRole("link", { name: "خروج سريع" }).boundingBox();
  expect(exit!.x + exit!.width).toBeGreaterThan(300);
  expect(exit!.height).toBeGreaterThanOrEqual(44);
  // "Previous" points right, the way back in Arabic.
  const arrow = await page
    .locator('.pager [rel="prev"] .eyebrow')
    .evaluate((e) => getComputedStyle(e, "::before").content);
  expect(arrow).toBe('"→ "');
  // A number inside Arabic text is isolated, so it keeps its own direction.
  await page.goto("/ar");
  const count = await page.locator(".card .meta").first().textContent();
  expect(count).toContain("\u2068");
  await page.goto("/ar/courses/safe-phone/secret-codes");
  await page.screenshot({ path: testInfo.outputPath("lesson-arabic-phone.png") });
});

test("switching language keeps the page she is on, and is remembered", async ({ page }) => {
  await page.goto("/en/courses/job-interview/learn-about-the-job");
  await page.getByRole("link", { name: "Languages" }).click();
  await page.getByRole("button", { name: "Italiano" }).click();
  await expect(page).toHaveURL(/\/it\/courses\/job-interview\/learn-about-the-job$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Informati sul lavoro e sul datore di lavoro",
  );
  // The browser remembers: the site's address opens in Italian, whatever the browser asks.
  await page.goto("/");
  await expect(page).toHaveURL(/\/it$/);
});

test("an unknown language in the address answers with the language list", async ({ page }) => {
  const response = await page.goto("/xx/courses/job-interview");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("There is no language “xx” on this site")).toBeVisible();
  await expect(page.getByRole("link", { name: "Quick exit" })).toBeVisible();
  await page.getByRole("button", { name: "Shqip" }).click();
  await expect(page).toHaveURL(/\/sq\/courses\/job-interview$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "sq");
});

test("courses come in the language she reads best, the pages in another", async ({ page }) => {
  await page.goto("/it/languages");
  await page.locator("#best-sq").check();
  await page.getByRole("button", { name: "Salva" }).click();
  await expect(page).toHaveURL(/\/it$/);
  await expect(page.getByText("Corsi in: Shqip")).toBeVisible();
  await page.getByRole("link", { name: "Përdorimi i sigurt i telefonit" }).click();
  await page.getByRole("link", { name: /Inizia il corso/ }).click();
  await expect(page.locator("article.lesson")).toHaveAttribute("lang", "sq");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  // The same lesson in English, on the same Italian page.
  await page.locator(".translations").getByRole("link", { name: "English" }).click();
  await expect(page.locator("article.lesson")).toHaveAttribute("lang", "en");
  await expect(page.locator("html")).toHaveAttribute("lang", "it");
  // The interview course has no Albanian: the catalogue leaves it out until she asks for all.
  await page.goto("/it");
  await expect(page.getByRole("link", { name: "Prepararsi a un colloquio di lavoro" })).toHaveCount(0);
  await page.getByRole("link", { name: "Mostra tutti i corsi" }).click();
  await expect(page.getByRole("link", { name: "Prepararsi a un colloquio di lavoro" })).toBeVisible();
});
