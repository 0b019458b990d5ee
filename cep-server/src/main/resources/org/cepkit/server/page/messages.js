// The page's texts in French (the default) and English. {name} is replaced by a value; plural forms are chosen by
// the count given as n (French: 0 and 1 are singular).

export const MESSAGES = {
  fr: {
    title: "Valider des enregistrements CEP",
    intro: "Déposez un fichier d'enregistrements du Conseil en évolution professionnelle (format v1) : le service "
      + "le valide et explique chaque problème. Le fichier n'est ni conservé ni journalisé.",
    skip: "Aller au rapport",
    language: "Langue",
    fileLabel: "Fichier à valider (.json, .ndjson ou .jsonl)",
    dropHint: "Vous pouvez aussi déposer le fichier dans ce cadre.",
    chosen: "Fichier choisi : {name}",
    mode: "Lecture des champs inconnus",
    strict: "Stricte : un champ inconnu est une erreur",
    lenient: "Souple : un champ inconnu est une information",
    token: "Jeton d'accès (si le service en demande un)",
    validate: "Valider",
    validating: "Validation de {name} en cours…",
    noFile: "Choisissez d'abord un fichier.",
    failed: "Le service n'a pas pu valider le fichier : {message}",
    unreachable: "Le service ne répond pas.",
    ready: "Rapport prêt : {records}, {errors}, {warnings}, {infos}.",
    report: "Rapport de {name}",
    records: { one: "{n} enregistrement", other: "{n} enregistrements" },
    valid: { one: "{n} valide", other: "{n} valides" },
    invalid: { one: "{n} invalide", other: "{n} invalides" },
    errors: { one: "{n} erreur", other: "{n} erreurs" },
    warnings: { one: "{n} avertissement", other: "{n} avertissements" },
    infos: { one: "{n} information", other: "{n} informations" },
    summaryLabel: "Résumé",
    downloadJson: "Télécharger le rapport (JSON)",
    downloadCsv: "Télécharger les problèmes (CSV)",
    filters: "Filtrer les problèmes",
    severity: "Gravité",
    ERROR: "Erreur",
    WARNING: "Avertissement",
    INFO: "Information",
    rule: "Règle",
    allRules: "Toutes les règles",
    chartTitle: "Problèmes par règle",
    chartLabel: "Diagramme en barres du nombre de problèmes par règle ; le tableau qui suit donne les mêmes nombres.",
    chartTable: "Les mêmes nombres en tableau",
    count: "Nombre",
    shown: { one: "{n} problème affiché sur {total}", other: "{n} problèmes affichés sur {total}" },
    none: "Aucun problème : tous les enregistrements sont valides.",
    noneShown: "Aucun problème ne correspond aux filtres.",
    line: "Ligne {line}",
    noId: "sans identifiant lisible",
    path: "Emplacement",
    page: "Page {page} sur {pages}",
    previous: "Page précédente",
    next: "Page suivante",
    pages: "Pages du rapport",
    version: "cepkit {cepkit} · format {wireFormat} · {referential}",
  },
  en: {
    title: "Validate CEP records",
    intro: "Drop a file of records of the Conseil en évolution professionnelle (wire format v1): the service "
      + "validates it and explains every problem. The file is neither kept nor logged.",
    skip: "Skip to the report",
    language: "Language",
    fileLabel: "File to validate (.json, .ndjson or .jsonl)",
    dropHint: "You can also drop the file on this frame.",
    chosen: "Chosen file: {name}",
    mode: "Reading of unknown fields",
    strict: "Strict: an unknown field is an error",
    lenient: "Lenient: an unknown field is an information",
    token: "Access token (if the service asks for one)",
    validate: "Validate",
    validating: "Validating {name}…",
    noFile: "Choose a file first.",
    failed: "The service could not validate the file: {message}",
    unreachable: "The service does not answer.",
    ready: "Report ready: {records}, {errors}, {warnings}, {infos}.",
    report: "Report of {name}",
    records: { one: "{n} record", other: "{n} records" },
    valid: { one: "{n} valid", other: "{n} valid" },
    invalid: { one: "{n} invalid", other: "{n} invalid" },
    errors: { one: "{n} error", other: "{n} errors" },
    warnings: { one: "{n} warning", other: "{n} warnings" },
    infos: { one: "{n} information", other: "{n} informations" },
    summaryLabel: "Summary",
    downloadJson: "Download the report (JSON)",
    downloadCsv: "Download the issues (CSV)",
    filters: "Filter the issues",
    severity: "Severity",
    ERROR: "Error",
    WARNING: "Warning",
    INFO: "Information",
    rule: "Rule",
    allRules: "All rules",
    chartTitle: "Issues by rule",
    chartLabel: "Bar chart of the number of issues by rule; the table that follows gives the same numbers.",
    chartTable: "The same numbers as a table",
    count: "Count",
    shown: { one: "{n} issue shown of {total}", other: "{n} issues shown of {total}" },
    none: "No issue: every record is valid.",
    noneShown: "No issue matches the filters.",
    line: "Line {line}",
    noId: "no readable id",
    path: "Location",
    page: "Page {page} of {pages}",
    previous: "Previous page",
    next: "Next page",
    pages: "Pages of the report",
    version: "cepkit {cepkit} · format {wireFormat} · {referential}",
  },
};

/** A number as the language writes it: 12 345 in French, 12,345 in English. */
export function number(lang, n) {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : "fr-FR").format(n);
}

/** The text of {@code key} in {@code lang}, its {name} placeholders replaced by {@code values}. */
export function text(lang, key, values = {}) {
  let template = MESSAGES[lang][key];
  if (template === undefined) {
    throw new Error("No text " + key);
  }
  if (typeof template === "object") {
    const n = values.n;
    template = (lang === "fr" ? n <= 1 : n === 1) ? template.one : template.other;
  }
  return template.replace(/\{(\w+)\}/g, (whole, name) => {
    const value = values[name];
    if (value === undefined) {
      return whole;
    }
    return typeof value === "number" ? number(lang, value) : String(value);
  });
}
