// A certificate, as a learner, her trainer and an employer live it, with JavaScript on and off:
// she finishes a course and chooses the name to print; her trainer sends it back with a note,
// which she reads; the trainer approves; she downloads the PDF and the signed credential (which
// an independent implementation verifies); an employer, signed out, checks the code and the
// name she was told; after revocation the page says revoked.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { verifyCredential } from "../credential/verify.mjs";
import {
  finishInterviewCourse,
  freshHandle,
  join,
  newGroupCode,
  signIn,
  signOut,
} from "./helpers";

const COURSE_TITLE = "Preparing for a job interview";
// Her chosen name, in Greek and Albanian letters: printed and checked as typed.
const NAME = "Ευαγγελία Çelë";

/** No axe-core violation on the page (axe runs as a script: with JavaScript only). */
async function accessible(page: Page, javaScript: boolean) {
  if (!javaScript) return;
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${page.url()}: ${v.id}: ${v.help}`)).toEqual([]);
}

test("a certificate is requested, returned, approved, downloaded, verified and revoked", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const javaScript = testInfo.project.use.javaScriptEnabled !== false;
  const group = `Class ${freshHandle("c", testInfo.project.name)}`;
  const code = await newGroupCode(page, group);
  const handle = freshHandle("iris", testInfo.project.name);
  await join(page, code, handle, "a sentence of mine");
  await finishInterviewCourse(page);

  // Her request opened with the completion; the name starts empty, never her handle.
  const request = page.locator(".certificate-request", { hasText: COURSE_TITLE });
  await expect(request).toContainText("Choose the name to print");
  const name = request.getByLabel("Name to print on the certificate");
  await expect(name).toHaveValue("");
  await accessible(page, javaScript);
  await name.fill("Iris C");
  await request.getByRole("button", { name: "Save the name" }).click();
  await expect(page.getByText("Saved. Your trainer will review your certificate.")).toBeVisible();
  await signOut(page);

  // Her trainer sends it back with a note.
  await signIn(page, "demo-trainer");
  await page.getByRole("link", { name: "Certificates to review" }).click();
  await page.getByRole("link", { name: `${handle} · ${COURSE_TITLE}` }).click();
  await expect(page.getByText("Name to print: Iris C")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lessons and quiz results" })).toBeVisible();
  await accessible(page, javaScript);
  const review = page.url();
  await page.getByLabel("Note for the learner").fill("Please write your full name.");
  await page.getByRole("button", { name: "Send back with a note" }).click();
  await expect(page.getByText("Sent back to the learner with your note.")).toBeVisible();
  await signOut(page);

  // She reads the note and writes her full name.
  await signIn(page, handle, "a sentence of mine");
  await expect(request).toContainText("Please write your full name.");
  await request.getByLabel("Name to print on the certificate").fill(NAME);
  await request.getByRole("button", { name: "Save the name" }).click();
  await expect(page.getByText("Saved. Your trainer will review your certificate.")).toBeVisible();
  await signOut(page);

  // The trainer approves: the certificate is issued, with its code.
  await signIn(page, "demo-trainer");
  await page.goto(review);
  await expect(page.getByText(`Name to print: ${NAME}`)).toBeVisible();
  await page.getByRole("button", { name: "Approve and issue the certificate" }).click();
  await expect(page.getByText("Approved. The certificate is issued.")).toBeVisible();
  const verification = (await page.locator("code.join-code").textContent())!.trim();
  expect(verification).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  await signOut(page);

  // She opens it, and downloads the PDF and the credential.
  await signIn(page, handle, "a sentence of mine");
  await request.getByRole("link", { name: "Open the certificate" }).click();
  await expect(page.locator(".printed-name")).toHaveText(NAME);
  await accessible(page, javaScript);
  const [pdf] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the PDF" }).click(),
  ]);
  expect(pdf.suggestedFilename()).toBe("certificate.pdf");
  expect(readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe("%PDF-");
  const [badge] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download the digital badge" }).click(),
  ]);
  expect(badge.suggestedFilename()).toBe("credential.json");
  const credential = JSON.parse(readFileSync(await badge.path(), "utf8"));
  expect(JSON.stringify(credential)).not.toContain(handle);
  // Verified by Digital Bazaar's libraries, with the key from the issuer's published profile.
  expect(await verifyCredential(credential, { fetchLocal: true })).toEqual({
    verified: true,
    errors: [],
  });
  credential.credentialSubject.achievement.name += ".";
  expect((await verifyCredential(credential, { fetchLocal: true })).verified).toBe(false);
  await signOut(page);

  // An employer, signed out on another phone, types the code, then the name she was told.
  const elsewhere = await browser.newContext({ javaScriptEnabled: javaScript });
  const employer = await elsewhere.newPage();
  await employer.goto(page.url().replace(/\/en\/.*$/, "/en/verify"));
  await employer.getByLabel("Verification code").fill(verification.toLowerCase());
  await employer.getByRole("button", { name: "Check", exact: true }).click();
  await expect(employer.getByText("This certificate is valid.")).toBeVisible();
  await expect(employer.getByText(COURSE_TITLE)).toBeVisible();
  await expect(employer.getByText("Demo Partner, IT")).toBeVisible();
  await expect(employer.locator("main")).not.toContainText(NAME);
  await expect(employer.locator("main")).not.toContainText(handle);
  await accessible(employer, javaScript);
  await employer.getByLabel("Name", { exact: true }).fill("Ευαγγελια Cele");
  await employer.getByRole("button", { name: "Check the name" }).click();
  await expect(employer.getByText("This name is the one on the certificate.")).toBeVisible();
  await employer.getByLabel("Name", { exact: true }).fill("Someone Else");
  await employer.getByRole("button", { name: "Check the name" }).click();
  await expect(employer.getByText("This name is not the one on the certificate.")).toBeVisible();

  // Revoked by the trainer, with a reason: the page now says so.
  await signIn(page, "demo-trainer");
  await page.goto(review);
  await page.getByLabel("Reason (kept with the decision)").fill("Issued by mistake.");
  await page.getByRole("button", { name: "Revoke the certificate" }).click();
  await expect(page.getByText("The certificate is revoked.")).toBeVisible();
  await employer.goto(employer.url().replace(/\?.*$/, ""));
  await expect(employer.getByText(/This certificate was revoked on \d{1,2} [A-Z][a-z]+ \d{4}\./)).toBeVisible();
  await elsewhere.close();
});
