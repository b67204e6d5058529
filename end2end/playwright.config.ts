// Browser tests run against the release build of the real server, in Debian's Chromium, at a
// phone viewport, once with JavaScript and once without.
import { defineConfig, devices } from "@playwright/test";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const port = process.env.E2E_PORT ?? "3107";
const baseURL = `http://127.0.0.1:${port}`;
// The server is started from the workspace root (see `command`), so a default is relative to it.
const targetDir = process.env.CARGO_TARGET_DIR ?? "target";
const dataDir = mkdtempSync(join(tmpdir(), "skillpath-e2e-"));

const chromium = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  use: { baseURL, launchOptions: chromium, trace: "off" },
  projects: [
    { name: "phone", use: { ...devices["Pixel 5"], javaScriptEnabled: true } },
    {
      name: "phone-no-js",
      use: { ...devices["Pixel 5"], javaScriptEnabled: false },
      testIgnore: /\.js\.spec\.ts$/,
    },
  ],
  webServer: {
    // Run from the workspace root, where the server finds target/site and courses/catalog,
    // with the demo accounts the account tests sign in with.
    command: `cd .. && ${targetDir}/release/server serve --demo`,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: "target/site",
      DATABASE_URL: `sqlite://${dataDir}/e2e.db?mode=rwc`,
      // Certificates' QR codes and credentials name the address the tests reach.
      PUBLIC_URL: baseURL,
      SIGNING_KEYS: `${dataDir}/signing-keys.json`,
      RUST_LOG: "warn",
    },
  },
});
