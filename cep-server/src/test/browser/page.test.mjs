// The page of `cep serve` in a real browser: Debian's chromium, headless, driven by playwright-core. Starts the built
// jar (cep-cli/target/cep.jar, or $CEP_JAR) on a free loopback port, and leaves screenshots in
// cep-server/target/browser/.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../../..");
const jar = process.env.CEP_JAR ?? join(root, "cep-cli/target/cep.jar");
const demo = join(root, "examples/demo.ndjson");
const shots = join(root, "cep-server/target/browser");
const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";

let service;
let base;
let profile;
let context;
let work;

/** Starts `java -jar cep.jar serve --port 0` and waits for the address it prints. */
function startService() {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("java", ["-Xmx256m", "-jar", jar, "serve", "--port", "0", "--lang", "en"], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    const timer = setTimeout(() => reject(new Error("cep serve did not start: " + err)), 60_000);
    child.stderr.on("data", (chunk) => {
      err += chunk;
      const found = /listening on (http:\/\/\S+\/)/.exec(err);
      if (found) {
        clearTimeout(timer);
        resolvePromise({ child, url: found[1], log: () => err });
      }
    });
    child.on("exit", (code) => reject(new Error("cep serve exited with " + code + ": " + err)));
  });
}

before(async () => {
  service = await startService();
  base = service.url;
  await mkdir(shots, { recursive: true });
  work = await mkdtemp(join(tmpdir(), "cepkit-browser-"));
  profile = join(work, "profile");
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: "en-US",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run"],
  });
});

after(async () => {
  await context?.close();
  if (service) {
    service.child.kill("SIGTERM");
  }
  if (work) {
    await rm(work, { recursive: true, force: true });
  }
});

/** A new page that records what it requests, its script errors and any CSP violation. */
async function openPage() {
  const page = await context.newPage();
  const seen = { requests: [], errors: [], console: [] };
  page.on("request", (request) => seen.requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) {
      seen.errors.push(response.status() + " " + response.url());
    }
  });
  page.on("pageerror", (error) => seen.errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") {
      seen.console.push(message.text());
    }
  });
  page.on("dialog", (dialog) => {
    seen.errors.push("dialog: " + dialog.message());
    dialog.dismiss();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__violations.push(event.violatedDirective + " " + event.blockedURI);
    });
  });
  await page.goto(base);
  return { page, seen };
}

async function assertClean(page, seen) {
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "no CSP violation");
  assert.deepEqual(seen.errors, [], "no script error, no dialog");
  assert.deepEqual(seen.console, [], "no console error");
  for (const url of seen.requests) {
    assert.ok(url.startsWith(base) || url.startsWith("blob:" + base.slice(0, -1)), "a request to the service only: " + url);
  }
}

async function validateFile(page, file, expected) {
  await page.setInputFiles("#file", file);
  await page.click("#validate");
  await page.locator("#status.done").waitFor();
  if (expected) {
    assert.match(await page.textContent("#status"), expected);
  }
}

test("the demo: summary, an issue, English, filters, downloads", async () => {
  const { page, seen } = await openPage();
  assert.equal(await page.getAttribute("html", "lang"), "fr");
  assert.equal(await page.textContent("h1"), "Valider des enregistrements CEP");

  await validateFile(page, demo, /Rapport prêt : 31 enregistrements, 12 erreurs, 7 avertissements, 2 informations/);
  assert.deepEqual(await page.locator("#summary li").allTextContents(),
    ["31 enregistrements", "22 valides", "9 invalides", "12 erreurs", "7 avertissements", "2 informations"]);
  assert.equal(await page.evaluate(() => document.activeElement.id), "results-title");
  const pw013 = page.locator("article.record", { hasText: "pw-013" });
  assert.match(await pw013.textContent(), /Ligne 21/);
  assert.match(await pw013.textContent(), /mission-locale\.age/);
  assert.match(await pw013.textContent(), /Une Mission locale accompagne les jeunes de 16 à 25 ans/);
  assert.ok(await page.locator("#chart").isVisible(), "the chart is drawn");
  await page.screenshot({ path: join(shots, "report-fr.png"), fullPage: true });

  await page.click("#lang-en");
  await page.locator("#status.done", { hasText: "Report ready" }).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.textContent("h1"), "Validate CEP records");
  assert.match(await page.locator("article.record", { hasText: "pw-013" }).textContent(),
    /A Mission locale serves young people/);

  await page.uncheck("#sev-ERROR");
  await page.uncheck("#sev-INFO");
  assert.equal(await page.textContent("#shown"), "7 issues shown of 21");
  const badges = await page.locator("#records .badge").allTextContents();
  assert.equal(badges.length, 7);
  assert.ok(badges.every((badge) => badge === "Warning"), badges.join());
  await page.check("#sev-ERROR");
  await page.check("#sev-INFO");
  const form = new FormData();
  form.append("file", new Blob([await readFile(demo)]), "demo.ndjson");
  const api = await (await fetch(base + "v1/validate?lang=en&mode=strict", { method: "POST", body: form })).text();
  const territory = JSON.parse(api).issues.filter((issue) => issue.rule === "cooperation.territory-presence").length;
  assert.ok(territory > 1);
  await page.selectOption("#rule", "cooperation.territory-presence");
  assert.equal(await page.textContent("#shown"), territory + " issues shown of 21");
  await page.selectOption("#rule", "");
  await page.screenshot({ path: join(shots, "report-en.png"), fullPage: true });

  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
  const downloaded = await readFile(await json.path(), "utf8");
  assert.equal(downloaded, api, "the JSON downloaded is the API's answer");
  assert.equal(JSON.parse(downloaded).summary.records, 31);

  const [csv] = await Promise.all([page.waitForEvent("download"), page.click("#download-csv")]);
  const lines = (await readFile(await csv.path(), "utf8")).split("\r\n");
  assert.equal(lines[0], "\uFEFFfile,line,record,rule,severity,path,message");
  assert.equal(lines.length, 21 + 2);
  await assertClean(page, seen);
  await page.close();
});

test("markup in ids and in the file name is shown as text and runs nothing", async () => {
  const { page, seen } = await openPage();
  const hostile = [
    '<img src=x onerror="window.__pwned=1">',
    "<script>window.__pwned=2</script>",
    '"><svg onload="window.__pwned=3">',
  ];
  const lines = hostile.map((id) => JSON.stringify({ type: "pathway", id }));
  const file = join(work, '<img src=x onerror="window.__pwned=4">.ndjson');
  await writeFile(file, lines.join("\n") + "\n");

  await validateFile(page, file);
  assert.equal(await page.evaluate(() => window.__pwned), undefined, "no injected script ran");
  assert.equal(await page.locator("img, svg, #records script").count(), 0, "no element made of the input");
  // the report never repeats an id that is not a valid identifier (docs/report.md): the records are named by
  // their lines only, and nothing of the ids reaches the page
  const ids = await page.locator("#records .id").allTextContents();
  for (const id of hostile) {
    assert.ok(!ids.includes(id), "not repeated: " + id);
  }
  assert.ok(!(await page.textContent("#records")).includes("pwned"), "nothing of the ids in the report");
  assert.equal(await page.locator("#records article.record").count(), hostile.length, "each record by its line");
  assert.equal(await page.locator("#records .id.missing").count(), hostile.length, "each without an id");
  assert.match(await page.textContent("#chosen"), /<img src=x onerror="window.__pwned=4">\.ndjson/);
  await page.screenshot({ path: join(shots, "hostile.png"), fullPage: true });
  await assertClean(page, seen);
  await page.close();
});

test("a large report is paged, 25 records at a time", async () => {
  const { page, seen } = await openPage();
  const file = join(work, "many.ndjson");
  const records = Array.from({ length: 300 }, (_, i) => JSON.stringify({ type: "pathway", id: "pw-" + i }));
  await writeFile(file, records.join("\n") + "\n");

  await validateFile(page, file, /300 enregistrements/);
  assert.equal(await page.locator("article.record").count(), 25);
  assert.equal(await page.textContent("#page-number"), "Page 1 sur 12");
  await page.click("#next");
  assert.equal(await page.textContent("#page-number"), "Page 2 sur 12");
  assert.match(await page.locator("article.record").first().textContent(), /pw-25/);
  assert.ok(await page.isDisabled("#next") === false && await page.isDisabled("#previous") === false);
  await assertClean(page, seen);
  await page.close();
});

test("every control has a label and the keyboard reaches them all", async () => {
  const { page, seen } = await openPage();
  await validateFile(page, demo);
  const unlabelled = await page.evaluate(() => [...document.querySelectorAll("input, select, button")]
    .filter((control) => !control.hidden && control.offsetParent !== null)
    .filter((control) => (control.labels?.length ?? 0) === 0 && !control.textContent.trim()
      && !control.getAttribute("aria-label"))
    .map((control) => control.id || control.outerHTML));
  assert.deepEqual(unlabelled, []);

  await page.focus("body");
  const reached = new Set();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    reached.add(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  for (const id of ["lang-fr", "lang-en", "file", "mode-strict", "token", "validate", "download-json", "sev-ERROR",
    "rule"]) {
    assert.ok(reached.has(id), "Tab reaches " + id);
  }
  await page.keyboard.press("Shift+Tab");
  const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(focusVisible, "none", "the focus is visible");
  await assertClean(page, seen);
  await page.close();
});

test("the page before any file, in French and English", async () => {
  const { page, seen } = await openPage();
  await page.screenshot({ path: join(shots, "start-fr.png"), fullPage: true });
  await page.click("#lang-en");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.getAttribute("#lang-en", "aria-pressed"), "true");
  await page.click("#validate");
  assert.equal(await page.textContent("#status"), "Choose a file first.");
  await page.screenshot({ path: join(shots, "start-en.png"), fullPage: true });
  await assertClean(page, seen);
  await page.close();
});
