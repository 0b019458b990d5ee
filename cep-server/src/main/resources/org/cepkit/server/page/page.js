// The page: choose or drop a file, validate it with POST /v1/validate, read the report. Every text that comes from
// the file or the report (ids, messages, paths, file names) is set as textContent, never parsed as HTML.

import { text, number } from "./messages.js";
import { SEVERITIES, groupByRecord, filterIssues, countByRule, pageOf, toCsv } from "./report.js";

const RECORDS_PER_PAGE = 25;
const SEVERITY_COLOURS = { ERROR: "#b91c1c", WARNING: "#b45309", INFO: "#1d4ed8" };

const state = {
  lang: "fr",
  file: null,
  report: null,
  reportText: "",
  reportName: "",
  page: 1,
  chart: null,
};

const $ = (id) => document.getElementById(id);

function t(key, values) {
  return text(state.lang, key, values);
}

function element(tag, className, content) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (content !== undefined) {
    node.textContent = content;
  }
  return node;
}

// ---- language

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.title = "cepkit — " + t("title");
  for (const node of document.querySelectorAll("[data-text]")) {
    node.textContent = t(node.dataset.text);
  }
  $("summary").setAttribute("aria-label", t("summaryLabel"));
  $("pager").setAttribute("aria-label", t("pages"));
  $("lang-fr").setAttribute("aria-pressed", String(state.lang === "fr"));
  $("lang-en").setAttribute("aria-pressed", String(state.lang === "en"));
  showChosen();
  showVersion();
}

function switchLanguage(lang) {
  if (lang === state.lang) {
    return;
  }
  state.lang = lang;
  applyLanguage();
  // the report's messages are in the language of the request: ask again in the new one
  if (state.report !== null && state.file !== null) {
    validate();
  }
}

// ---- file

function showChosen() {
  $("chosen").textContent = state.file ? t("chosen", { name: state.file.name }) : "";
}

function choose(file) {
  state.file = file || null;
  showChosen();
}

function setUpDrop() {
  const drop = $("drop");
  const input = $("file");
  input.addEventListener("change", () => choose(input.files[0]));
  for (const type of ["dragenter", "dragover"]) {
    drop.addEventListener(type, (event) => {
      event.preventDefault();
      drop.classList.add("over");
    });
  }
  for (const type of ["dragleave", "drop"]) {
    drop.addEventListener(type, () => drop.classList.remove("over"));
  }
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    const files = event.dataTransfer.files;
    if (files.length > 0) {
      input.files = files;
      choose(files[0]);
    }
  });
}

// ---- validation

function status(message, kind) {
  const node = $("status");
  node.className = "status" + (kind ? " " + kind : "");
  node.textContent = message;
}

async function validate() {
  if (!state.file) {
    status(t("noFile"), "error");
    $("file").focus();
    return;
  }
  const mode = document.querySelector("input[name=mode]:checked").value;
  const form = new FormData();
  form.append("file", state.file, state.file.name);
  const headers = {};
  const token = $("token").value.trim();
  if (token) {
    headers.Authorization = "Bearer " + token;
  }
  $("validate").disabled = true;
  status(t("validating", { name: state.file.name }), "busy");
  let response;
  let body;
  try {
    response = await fetch("/v1/validate?lang=" + state.lang + "&mode=" + mode, { method: "POST", body: form, headers });
    body = await response.text();
  } catch (unreachable) {
    status(t("unreachable"), "error");
    $("validate").disabled = false;
    return;
  }
  $("validate").disabled = false;
  let report;
  try {
    report = JSON.parse(body);
  } catch (notJson) {
    status(t("failed", { message: String(response.status) }), "error");
    return;
  }
  if (!response.ok) {
    const issue = report.issues && report.issues[0];
    status(t("failed", { message: issue ? issue.message : String(response.status) }), "error");
    return;
  }
  state.report = report;
  state.reportText = body;
  state.reportName = state.file.name;
  state.page = 1;
  render(true);
}

// ---- report

function selectedSeverities() {
  return new Set(SEVERITIES.filter((severity) => $("sev-" + severity).checked));
}

function render(fresh) {
  const report = state.report;
  const summary = report.summary;
  $("results").hidden = false;
  $("results-title").textContent = t("report", { name: state.reportName });

  const list = $("summary");
  list.replaceChildren();
  for (const key of ["records", "valid", "invalid", "errors", "warnings", "infos"]) {
    list.append(element("li", "count-" + key, t(key, { n: summary[key] })));
  }

  const hasIssues = report.issues.length > 0;
  $("issues-part").hidden = !hasIssues;
  $("download-csv").hidden = !hasIssues;
  $("no-issues").hidden = hasIssues;
  if (hasIssues) {
    if (fresh) {
      fillRules();
    }
    drawChart();
    renderIssues();
  }
  if (fresh) {
    status(t("ready", {
      records: t("records", { n: summary.records }),
      errors: t("errors", { n: summary.errors }),
      warnings: t("warnings", { n: summary.warnings }),
      infos: t("infos", { n: summary.infos }),
    }), "done");
    $("results-title").focus();
  }
}

function fillRules() {
  const select = $("rule");
  const current = select.value;
  select.replaceChildren(element("option", null, t("allRules")));
  select.firstChild.value = "";
  for (const { rule, count } of countByRule(state.report.issues).sort((a, b) => (a.rule < b.rule ? -1 : 1))) {
    const option = element("option", null, rule + " (" + number(state.lang, count) + ")");
    option.value = rule;
    select.append(option);
  }
  select.value = [...select.options].some((option) => option.value === current) ? current : "";
}

function drawChart() {
  const counts = countByRule(state.report.issues);
  const tbody = $("counts").tBodies[0];
  tbody.replaceChildren();
  for (const { rule, count } of counts) {
    const row = document.createElement("tr");
    row.append(element("th", null, rule), element("td", null, number(state.lang, count)));
    row.firstChild.scope = "row";
    tbody.append(row);
  }
  const canvas = $("chart");
  canvas.setAttribute("aria-label", t("chartLabel"));
  canvas.parentElement.style.height = (counts.length * 26 + 48) + "px";
  if (state.chart) {
    state.chart.destroy();
    state.chart = null;
  }
  if (typeof window.Chart !== "function") {
    return;
  }
  state.chart = new window.Chart(canvas, {
    type: "bar",
    data: {
      labels: counts.map((entry) => entry.rule),
      datasets: [{
        label: t("count"),
        data: counts.map((entry) => entry.count),
        backgroundColor: counts.map((entry) => SEVERITY_COLOURS[entry.severity] ?? "#374151"),
      }],
    },
    options: {
      indexAxis: "y",
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
      locale: state.lang === "en" ? "en-GB" : "fr-FR",
    },
  });
}

function renderIssues() {
  const all = state.report.issues;
  const shown = filterIssues(all, selectedSeverities(), $("rule").value);
  const groups = groupByRecord(shown);
  const page = pageOf(groups, state.page, RECORDS_PER_PAGE);
  state.page = page.number;
  $("shown").textContent = shown.length === 0 ? t("noneShown")
    : t("shown", { n: shown.length, total: number(state.lang, all.length) });

  const records = $("records");
  records.replaceChildren();
  for (const group of page.items) {
    const article = element("article", "record");
    const heading = element("h3");
    heading.append(element("span", "line", t("line", { line: number(state.lang, group.line ?? 0) })));
    heading.append(element("span", group.record === undefined ? "id missing" : "id",
      group.record === undefined ? t("noId") : group.record));
    article.append(heading);
    const list = element("ul", "issues");
    for (const issue of group.issues) {
      const item = element("li", "issue severity-" + issue.severity);
      const head = element("p", "issue-head");
      head.append(element("span", "badge", t(issue.severity)), element("code", "rule", issue.rule));
      if (issue.path) {
        const path = element("span", "path");
        path.append(element("span", "visually-hidden", t("path") + " "), element("code", null, issue.path));
        head.append(path);
      }
      item.append(head, element("p", "message", issue.message));
      list.append(item);
    }
    article.append(list);
    records.append(article);
  }
  $("pager").hidden = page.pages <= 1;
  $("page-number").textContent = t("page", { page: page.number, pages: page.pages });
  $("previous").disabled = page.number <= 1;
  $("next").disabled = page.number >= page.pages;
}

function turn(delta) {
  state.page += delta;
  renderIssues();
  $("shown").scrollIntoView({ block: "start" });
}

// ---- downloads

function download(content, type, name) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- version

async function showVersion() {
  try {
    const response = await fetch("/v1/version");
    if (!response.ok) {
      return;
    }
    $("version").textContent = t("version", await response.json());
  } catch (unreachable) {
    $("version").textContent = "";
  }
}

// ---- wiring

function start() {
  applyLanguage();
  setUpDrop();
  $("upload").addEventListener("submit", (event) => {
    event.preventDefault();
    validate();
  });
  $("lang-fr").addEventListener("click", () => switchLanguage("fr"));
  $("lang-en").addEventListener("click", () => switchLanguage("en"));
  for (const severity of SEVERITIES) {
    $("sev-" + severity).addEventListener("change", () => {
      state.page = 1;
      renderIssues();
    });
  }
  $("rule").addEventListener("change", () => {
    state.page = 1;
    renderIssues();
  });
  $("previous").addEventListener("click", () => turn(-1));
  $("next").addEventListener("click", () => turn(1));
  $("download-json").addEventListener("click", () => download(state.reportText, "application/json",
    "cepkit-report.json"));
  $("download-csv").addEventListener("click", () => download(toCsv(state.report.issues), "text/csv;charset=utf-8",
    "cepkit-issues.csv"));
}

start();
