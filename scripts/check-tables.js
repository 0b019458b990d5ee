// Validates a folder of cepkit tables against the published Table Schemas with npm tableschema (see
// check-tables.sh): every table, its header, every cell's type and constraints, the primary key and the foreign key
// to the records' table. Then, for each column of a code list, a date or a pattern, a copy of a table with one such
// cell made wrong must be rejected. Exits 1 on any disagreement.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { Table, Schema } = require('tableschema');

const [tablesDir, schemaDir] = process.argv.slice(2);
const pkg = JSON.parse(fs.readFileSync(path.join(schemaDir, 'datapackage.json'), 'utf8'));

async function schemaOf(resource) {
  const schema = await Schema.load(JSON.parse(fs.readFileSync(path.join(schemaDir, resource.schema), 'utf8')));
  if (!schema.valid) {
    throw new Error(`${resource.schema}: not a valid Table Schema: ${schema.errors.map(e => e.message).join('; ')}`);
  }
  return schema;
}

async function rowsOf(file, schema, relations) {
  const table = await Table.load(file, { schema });
  const errors = [];
  const rows = await table.read({ keyed: true, forceCast: true, relations: relations || false });
  rows.forEach((row, i) => {
    if (row instanceof Error) {
      errors.push(`row ${i + 2}: ${row.message}${row.errors ? ' ' + row.errors.map(e => e.message).join('; ') : ''}`);
    }
  });
  const expected = schema.fieldNames.join(',');
  if (table.headers.join(',') !== expected) {
    errors.push(`header ${table.headers.join(',')} is not ${expected}`);
  }
  return { rows, errors };
}

async function main() {
  let failures = 0;
  let rowCount = 0;
  const byName = {};
  for (const resource of pkg.resources) {
    byName[resource.name] = resource;
  }
  const keyed = {};
  for (const resource of pkg.resources) {
    const schema = await schemaOf(resource);
    const file = path.join(tablesDir, resource.path);
    let relations = false;
    for (const fk of schema.foreignKeys) {
      relations = relations || {};
      relations[fk.reference.resource] = keyed[fk.reference.resource];
    }
    const { rows, errors } = await rowsOf(file, schema, relations);
    rowCount += rows.length;
    keyed[resource.name] = rows.filter(r => !(r instanceof Error));
    if (errors.length) {
      failures++;
      console.error(`${resource.path}: ${errors.length} error(s)\n  ${errors.slice(0, 5).join('\n  ')}`);
    }
    if (schema.primaryKey.length && rows.length === 0 && resource.name === 'pathways') {
      failures++;
      console.error(`${resource.path}: no row to check`);
    }
  }
  // each wrong cell must be rejected
  let rejected = 0;
  let mutants = 0;
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'cepkit-mutant-'));
  for (const resource of pkg.resources) {
    const schema = await schemaOf(resource);
    const lines = fs.readFileSync(path.join(tablesDir, resource.path), 'utf8').split('\n');
    if (lines.length < 3) {
      continue;
    }
    schema.fields.forEach((field, column) => {
      const constrained = field.type === 'date' || field.type === 'integer' || field.constraints.enum
        || field.constraints.pattern;
      if (!constrained) {
        return;
      }
      mutants++;
      const cells = lines[1].split(',');
      if (cells.length !== schema.fields.length || lines[1].includes('"')) {
        mutants--;
        return;
      }
      cells[column] = field.type === 'date' ? '2024-02-30' : 'NOT A CODE';
      const copy = path.join(scratch, `${resource.name}-${field.name}.csv`);
      fs.writeFileSync(copy, [lines[0], cells.join(','), ''].join('\n'));
      field.mutant = copy;
    });
    for (const field of schema.fields) {
      if (field.mutant) {
        const { errors } = await rowsOf(field.mutant, schema, false);
        if (errors.length) {
          rejected++;
        } else {
          failures++;
          console.error(`${resource.path}: a wrong ${field.name} was accepted`);
        }
      }
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true });
  console.log(`tableschema ${require('tableschema/package.json').version}: ${pkg.resources.length} tables,`
    + ` ${rowCount} rows valid against schema/v1/tables; ${rejected} of ${mutants} wrong cells rejected`);
  if (failures) {
    console.error(`check-tables: ${failures} disagreement(s) with the published Table Schemas`);
  }
  process.exit(failures === 0 ? 0 : 1);
}

main().catch(e => {
  console.error(e);
  process.exit(1);
});
