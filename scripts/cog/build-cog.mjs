#!/usr/bin/env node
// Writes cepkit's embedded COG referential (cep-rules/src/main/resources/org/cepkit/rules/territory/cog-YYYY.txt)
// from an unpacked @etalab/decoupage-administratif npm package. Called by scripts/update-cog.sh.
//
// The output is plain UTF-8 text, sorted and free of dates, so that a re-run on the same package gives
// byte-identical output and an edition change reads as an ordinary diff. Any inconsistency in the
// source stops the build: nothing is dropped silently.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    package: { type: 'string' },
    tarball: { type: 'string' },
    edition: { type: 'string' },
    out: { type: 'string' },
  },
});
for (const name of ['package', 'tarball', 'edition', 'out']) {
  if (!args[name]) {
    fail(`missing --${name}`);
  }
}

function fail(message) {
  console.error(`build-cog: ${message}`);
  process.exit(1);
}

function note(message) {
  console.error(`build-cog: ${message}`);
}

const readJson = (file) => JSON.parse(readFileSync(join(args.package, 'data', file), 'utf8'));
const pkg = JSON.parse(readFileSync(join(args.package, 'package.json'), 'utf8'));
const integrity = 'sha512-' + createHash('sha512').update(readFileSync(args.tarball)).digest('base64');

const regionsJson = readJson('regions.json');
const departementsJson = readJson('departements.json');
const communesJson = readJson('communes.json');
const epciJson = readJson('epci.json');

const byCode = (a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
const count = (rows, key) => rows.reduce((acc, row) => acc.set(row[key], (acc.get(row[key]) ?? 0) + 1), new Map());

function field(value, what) {
  const text = String(value ?? '');
  if (/[;\r\n]/.test(text) || text !== text.trim()) {
    fail(`${what}: "${text}" contains a separator, a line break or surrounding spaces`);
  }
  return text;
}

const line = (...fields) => fields.join(';');

function isSiren(text) {
  if (!/^\d{9}$/.test(text)) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let digit = Number(text[8 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) {
        digit -= 9;
      }
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

// Régions and départements: the 18 régions and 101 départements. The package adds the collectivités
// d'outre-mer (zone "com": 975, 977, 978, 984, 986, 987, 988, 989) as pseudo-régions and pseudo-départements;
// they are neither, and their communes are not in the COG's list of communes.
const regions = regionsJson.filter((r) => r.zone !== 'com').sort(byCode);
const departements = departementsJson.filter((d) => d.zone !== 'com').sort(byCode);
const regionCodes = new Set(regions.map((r) => r.code));
const departementByCode = new Map(departements.map((d) => [d.code, d]));
for (const d of departements) {
  if (!regionCodes.has(d.region)) {
    fail(`département ${d.code} is in unknown région ${d.region}`);
  }
}

const TYPES = {
  COM: 'commune-actuelle',
  ARM: 'arrondissement-municipal',
  COMD: 'commune-deleguee',
  COMA: 'commune-associee',
};
const knownTypes = new Set(Object.values(TYPES));
for (const c of communesJson) {
  if (!knownTypes.has(c.type)) {
    fail(`commune ${c.code} has unknown type ${c.type}`);
  }
}

// The collectivités d'outre-mer whose communes cepkit's commune format accepts (97[1-8]xx): Saint-Pierre-et-
// Miquelon (975), Saint-Barthélemy (977) and Saint-Martin (978), where a Mission locale and France Travail work.
// Their communes are written with no département (and so no région). Those of 984 to 989 are left out.
const KEPT_COLLECTIVITIES = new Set(['975', '977', '978']);
const overseasCollectivities = communesJson.filter((c) => c.zone === 'com');
for (const c of overseasCollectivities) {
  if (c.type !== TYPES.COM || departementByCode.has(c.departement)) {
    fail(`unexpected commune of a collectivité d'outre-mer: ${c.code} ${c.type} ${c.departement}`);
  }
}
const collectivityCommunes = overseasCollectivities.filter((c) => KEPT_COLLECTIVITIES.has(c.departement));
for (const c of collectivityCommunes) {
  if (!c.code.startsWith(c.departement)) {
    fail(`commune ${c.code} of collectivité ${c.departement} does not start with its code`);
  }
}
const leftOutCollectivities = overseasCollectivities.filter((c) => !KEPT_COLLECTIVITIES.has(c.departement));
const inCog = communesJson.filter((c) => c.zone !== 'com');
for (const c of inCog) {
  const departement = departementByCode.get(c.departement);
  if (!departement) {
    fail(`commune ${c.code} is in unknown département ${c.departement}`);
  }
  if (departement.region !== c.region) {
    fail(`commune ${c.code}: région ${c.region}, but its département ${c.departement} is in ${departement.region}`);
  }
}

const communes = [...inCog.filter((c) => c.type === TYPES.COM), ...collectivityCommunes].sort(byCode);
const arrondissements = inCog.filter((c) => c.type === TYPES.ARM).sort(byCode);
const delegated = inCog.filter((c) => c.type === TYPES.COMD);
const associated = inCog.filter((c) => c.type === TYPES.COMA);
const currentByCode = new Map(communes.map((c) => [c.code, c]));
if (currentByCode.size !== communes.length) {
  fail('two current communes share a code');
}
for (const a of arrondissements) {
  if (!currentByCode.has(a.commune) || currentByCode.has(a.code)) {
    fail(`arrondissement ${a.code} of ${a.commune}: parent unknown, or code already a commune's`);
  }
}

// EPCI à fiscalité propre (DGCL) and their members: each member a current commune, in one EPCI at most.
const NATURES = new Set(['CC', 'CA', 'CU', 'METRO', 'MET69']);
const epcis = [...epciJson].sort(byCode);
const epciOf = new Map();
for (const e of epcis) {
  if (!isSiren(e.code)) {
    fail(`EPCI ${e.code} (${e.nom}): not a SIREN (9 digits with a Luhn key)`);
  }
  if (!NATURES.has(e.type)) {
    fail(`EPCI ${e.code} has unknown nature ${e.type}`);
  }
  for (const m of e.membres) {
    if (!currentByCode.has(m.code)) {
      fail(`EPCI ${e.code} lists ${m.code}, which is not a current commune`);
    }
    if (epciOf.has(m.code)) {
      fail(`commune ${m.code} is a member of both ${epciOf.get(m.code)} and ${e.code}`);
    }
    epciOf.set(m.code, e.code);
  }
}
const withoutEpci = communes.filter((c) => !epciOf.has(c.code));
note(`${withoutEpci.length} communes in no EPCI: ${withoutEpci.map((c) => `${c.code} ${c.nom}`).join(', ')}`);

// Former codes. A delegated or associated commune belongs to its chef-lieu (the COG's COMPARENT). The
// package's anciensCodes (built from INSEE's history of movements) add the codes of communes merged
// without such a status and replaced codes (Corsica's 20xxx before 1976). When the two disagree on a
// delegated or associated commune, the COG's chef-lieu wins.
const former = new Map();
for (const c of [...delegated, ...associated]) {
  if (!currentByCode.has(c.chefLieu)) {
    fail(`${c.type} ${c.code} has chef-lieu ${c.chefLieu}, which is not a current commune`);
  }
  if (former.has(c.code)) {
    fail(`former code ${c.code} listed twice`);
  }
  if (c.code !== c.chefLieu && currentByCode.has(c.code)) {
    fail(`${c.type} ${c.code} shares its code with a current commune other than its chef-lieu`);
  }
  former.set(c.code, { code: c.code, kind: c.type === TYPES.COMD ? 'COMD' : 'COMA', name: c.nom, current: c.chefLieu });
}
for (const c of communes) {
  for (const old of [...(c.anciensCodes ?? [])].sort()) {
    if (currentByCode.has(old)) {
      fail(`${old}, a former code of ${c.code}, is a current commune`);
    }
    const known = former.get(old);
    if (known) {
      if (known.current !== c.code) {
        note(`${old} (${known.kind} ${known.name}) is a former code of ${c.code} in anciensCodes, `
          + `but its chef-lieu is ${known.current}: kept ${known.current}`);
      }
      continue;
    }
    former.set(old, { code: old, kind: 'OLD', name: '', current: c.code });
  }
}
// Corsica's communes were renumbered 2A/2B in 1976: cepkit's commune format rejects the prefix 20, so
// those codes are reported as malformed before any look-up and are left out here.
const corsicaBefore1976 = [...former.values()].filter((f) => f.code.startsWith('20'));
for (const f of corsicaBefore1976) {
  former.delete(f.code);
}
note(`left out ${corsicaBefore1976.length} Corsican codes from before 1976 (20xxx)`);
const formerRows = [...former.values()].sort(byCode);
note(`kept ${collectivityCommunes.length} communes of collectivités d'outre-mer (975, 977, 978), left out `
  + `${leftOutCollectivities.length} (${[...count(leftOutCollectivities, 'departement').keys()].sort().join(', ')})`);

// La Poste's postal codes of each current commune and arrondissement (the package's codesPostaux, from the
// base officielle des codes postaux), space-separated; empty when the package gives none.
function postalCodes(c) {
  const codes = [...new Set(c.codesPostaux ?? [])].sort();
  for (const code of codes) {
    if (!/^\d{5}$/.test(code)) {
      fail(`commune ${c.code}: postal code "${code}" is not 5 digits`);
    }
  }
  return codes.join(' ');
}
const withoutPostalCode = [...communes, ...arrondissements].filter((c) => (c.codesPostaux ?? []).length === 0);
if (withoutPostalCode.length > 0) {
  note(`${withoutPostalCode.length} communes without a postal code: `
    + withoutPostalCode.map((c) => `${c.code} ${c.nom}`).join(', '));
}

const edition = `COG ${args.edition}`;
const kinds = count(formerRows, 'kind');
const out = [
  `# ${edition}: Code officiel géographique ${args.edition} (INSEE) and EPCI à fiscalité propre (DGCL).`,
  `# Source: npm ${pkg.name} ${pkg.version} (${integrity}).`,
  '# Licence: Licence Ouverte / Open Licence Etalab 2.0, https://www.etalab.gouv.fr/licence-ouverte-open-licence',
  '# Generated by scripts/update-cog.sh; do not edit. Sections start with [name]; fields are separated by ";".',
  `# ${regions.length} régions, ${departements.length} départements, ${epcis.length} EPCI, ${communes.length} communes, `
    + `${arrondissements.length} municipal arrondissements, ${formerRows.length} former codes `
    + `(${kinds.get('COMD') ?? 0} COMD, ${kinds.get('COMA') ?? 0} COMA, ${kinds.get('OLD') ?? 0} OLD).`,
  `# The ${collectivityCommunes.length} communes of Saint-Pierre-et-Miquelon, Saint-Barthélemy and Saint-Martin, collectivités d'outre-mer, have no département.`,
  `# Left out: the ${leftOutCollectivities.length} communes of the other collectivités d'outre-mer (984 to 989), outside cepkit's commune format,`,
  `# and the ${corsicaBefore1976.length} Corsican codes from before 1976 (20xxx), which cepkit's commune format rejects.`,
  '[meta]',
  '# key;value',
  line('edition', edition),
  line('source', `${pkg.name} ${pkg.version}`),
  line('licence', 'Licence Ouverte / Open Licence Etalab 2.0'),
  '[regions]',
  '# code;name',
  ...regions.map((r) => line(r.code, field(r.nom, `région ${r.code}`))),
  '[departements]',
  '# code;region;name',
  ...departements.map((d) => line(d.code, d.region, field(d.nom, `département ${d.code}`))),
  '[epci]',
  '# siren;nature (CC, CA, CU, METRO, MET69);name',
  ...epcis.map((e) => line(e.code, e.type, field(e.nom, `EPCI ${e.code}`))),
  '[communes]',
  '# code;name;departement (empty for a collectivité d\'outre-mer);epci (empty when in no EPCI);postal codes (La Poste, space-separated)',
  ...communes.map((c) => line(c.code, field(c.nom, `commune ${c.code}`),
    KEPT_COLLECTIVITIES.has(c.departement) ? '' : c.departement, epciOf.get(c.code) ?? '', postalCodes(c))),
  '[arrondissements]',
  '# code;name;departement;commune;postal codes (La Poste, space-separated)',
  ...arrondissements.map((a) => line(a.code, field(a.nom, `arrondissement ${a.code}`), a.departement, a.commune,
    postalCodes(a))),
  '[former]',
  '# code;kind (COMD delegated, COMA associated, OLD other former code);name (empty for OLD);current commune',
  ...formerRows.map((f) => line(f.code, f.kind, field(f.name, `former commune ${f.code}`), f.current)),
];
writeFileSync(args.out, out.join('\n') + '\n', 'utf8');
note(`wrote ${args.out}: ${out.length} lines`);
