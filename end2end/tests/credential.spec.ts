// The platform's signed credential, checked by an independent implementation (Digital
// Bazaar's Verifiable Credentials libraries, contexts from npm, nothing fetched): the golden
// credential of server/credentials verifies, and fails when one byte of it changes. No browser.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { CONTEXTS, verifyCredential } from "../credential/verify.mjs";

const CRATE = new URL("../../server/credentials/", import.meta.url);
const golden = () =>
  JSON.parse(readFileSync(new URL("tests/golden/credential.json", CRATE), "utf8"));
// The golden credential is dated 2026-12-05: checked at a fixed later time.
const NOW = "2027-01-01T00:00:00Z";

/** The issuer profile the platform would publish for the credential's key. */
function profileOf(credential: { proof: { verificationMethod: string }; issuer: object }) {
  const method = credential.proof.verificationMethod;
  const [id, key] = method.split("#");
  return {
    "@context": [
      "https://www.w3.org/ns/credentials/v2",
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      "https://www.w3.org/ns/did/v1",
      "https://w3id.org/security/multikey/v1",
    ],
    id,
    type: ["Profile"],
    name: "Work Ready Network",
    verificationMethod: [{ id: method, type: "Multikey", controller: id, publicKeyMultibase: key }],
    assertionMethod: [method],
  };
}

async function check(credential: ReturnType<typeof golden>) {
  const profile = profileOf(golden());
  return verifyCredential(credential, { profiles: new Map([[profile.id, profile]]), now: NOW });
}

test("the golden credential verifies with an independent implementation", async () => {
  expect(await check(golden())).toEqual({ verified: true, errors: [] });
});

test("changing one byte anywhere signed breaks the proof", async () => {
  const text = JSON.stringify(golden());
  for (const [from, to] of [
    ["Preparing for a job interview", "Preparing for a job interviex"],
    ["Work Ready Network", "Work Ready Networl"],
    ["2026-12-05T09:30:00Z", "2026-12-05T09:30:01Z"],
    ["Researching an employer", "Researching an employes"],
  ]) {
    expect(text).toContain(from);
    const changed = JSON.parse(text.replace(from, to));
    const result = await check(changed);
    expect(result.verified, `${from} -> ${to}`).toBe(false);
  }
  const proof = golden();
  const value: string = proof.proof.proofValue;
  proof.proof.proofValue = value.slice(0, -1) + (value.endsWith("A") ? "B" : "A");
  expect((await check(proof)).verified).toBe(false);
});

test("the contexts the platform bundles are the published ones", async () => {
  for (const [url, file] of [
    ["https://www.w3.org/ns/credentials/v2", "contexts/credentials-v2.jsonld"],
    [
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
      "contexts/ob-v3p0-context-3.0.3.json",
    ],
  ]) {
    const bundled = JSON.parse(readFileSync(new URL(file, CRATE), "utf8"));
    expect(bundled, url).toEqual(CONTEXTS.get(url));
  }
});

test("a key from anywhere but this machine is never fetched", async () => {
  const result = await verifyCredential(golden(), { fetchLocal: true, now: NOW });
  expect(result.verified).toBe(false);
  expect(result.errors.join(" ")).toContain("not on this machine");
});
