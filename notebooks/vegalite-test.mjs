// The dashboard examples of docs/api.md ("Dashboards on the JSON shape") against a served run.
//
// Vega-Lite: the spec is taken from docs/api.md as written (its ```json block, parsed here, so the
// doc and the test cannot drift); only the URL prefix http://127.0.0.1:7070/api/v1 is replaced by
// API_BASE_URL. vega-lite (web/node_modules) compiles it, vega's View loads the data from that URL
// itself (format.property "observations" as in the spec) and renders headless (renderer 'none')
// to SVG, written to OUT_DIR/timely-decision-rate.svg. Checks: the SVG is not empty; it has one
// point (<path> of the symbol mark) and one interval (<line> of the rule mark) per row of the
// answer with a published value; each point sits at its month and its value (so a confidential
// month, value null, is never drawn, and never at 0); the answer fits on one page (no `next`).
//
// Grafana Infinity cannot run without Grafana: the URL and parameters of its query are fetched
// and the JSON path it reads is checked (root_selector an array of rows; every column selector a
// key of every row, of the declared type; the timestamps in the declared Go layout 2006-01).
//
// Prints `vegalite: N passed, M failed`; exits non-zero when any check fails.
//   node notebooks/vegalite-test.mjs API_BASE_URL OUT_DIR
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'web', 'package.json'));
const vega = require('vega');
const vl = require('vega-lite');

const DOC_PREFIX = 'http://127.0.0.1:7070/api/v1';
const base = (process.argv[2] || '').replace(/\/+$/, '');
const out = process.argv[3] || join(root, 'target', 'vegalite');
if (!base) {
  console.error('usage: vegalite-test.mjs API_BASE_URL [OUT_DIR]');
  process.exit(2);
}
const token = process.env.EFFECTMETER_API_TOKEN;
const headers = token ? { Authorization: `Bearer ${token}` } : {};

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok    ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL  ${name}: ${e && e.stack ? e.stack : e}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The ```json blocks of docs/api.md's section "Dashboards on the JSON shape", parsed. */
function docExamples() {
  const doc = readFileSync(join(root, 'docs', 'api.md'), 'utf8');
  const start = doc.indexOf('\n## Dashboards on the JSON shape');
  assert(start >= 0, 'docs/api.md has no section "## Dashboards on the JSON shape"');
  const end = doc.indexOf('\n## ', start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);
  const blocks = [...section.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]));
  const vegaLite = blocks.filter((b) => String(b.$schema || '').includes('vega-lite'));
  const grafana = blocks.filter((b) => 'root_selector' in b);
  assert(vegaLite.length === 1, `${vegaLite.length} Vega-Lite specs in the section, expected 1`);
  assert(grafana.length === 1, `${grafana.length} Grafana Infinity queries in the section, expected 1`);
  return { spec: vegaLite[0], grafana: grafana[0] };
}

function rebase(url) {
  assert(url.startsWith(DOC_PREFIX + '/'), `the doc's URL ${url} does not start with ${DOC_PREFIX}/`);
  return base + url.slice(DOC_PREFIX.length);
}

async function getJson(url) {
  const answer = await fetch(url, { headers });
  assert(answer.ok, `GET ${url}: ${answer.status}`);
  return answer.json();
}

/** Every item of the marks of one type with role "mark" (not axes, legends or grid), in order. */
function markItems(scene, marktype) {
  const items = [];
  (function walk(node) {
    if (!node) return;
    if (node.marktype) {
      if (node.marktype === marktype && node.role === 'mark') items.push(...node.items);
      if (node.marktype === 'group') node.items.forEach((group) => (group.items || []).forEach(walk));
      return;
    }
    (node.items || []).forEach(walk);
  })(scene);
  return items;
}

/** The children of the SVG groups of one mark type with role "mark", counted by element name. */
function svgMarks(svg, marktype, element) {
  let count = 0;
  const opening = new RegExp(`<g class="mark-${marktype} role-mark[^"]*"[^>]*>`, 'g');
  for (const m of svg.matchAll(opening)) {
    const rest = svg.slice(m.index + m[0].length);
    const body = rest.slice(0, rest.indexOf('</g>'));
    count += (body.match(new RegExp(`<${element}[\\s/>]`, 'g')) || []).length;
  }
  return count;
}

const near = (a, b) => Math.abs(a - b) < 0.01;
/** The first of the month, at midnight UTC (timeUnit utc...) or local midnight (otherwise). */
const monthStart = (period, utc) => {
  const [year, month] = period.split('-').map(Number);
  return utc ? new Date(Date.UTC(year, month - 1, 1)) : new Date(year, month - 1, 1);
};
// The render checks run in each of these time zones (process.env.TZ is read again by Node when
// set): west of UTC a local timeUnit puts "2024-03", which JavaScript reads as UTC midnight, in
// February; UTC alone would hide that.
const ZONES = (process.env.EFFECTMETER_VEGALITE_TZ || 'UTC,America/New_York,Asia/Tokyo').split(',');

let examples;
await check('docs/api.md has one Vega-Lite spec and one Grafana Infinity query', () => {
  examples = docExamples();
});

if (examples) {
  const { spec: docSpec, grafana } = examples;
  const spec = structuredClone(docSpec);
  let answer;
  let svg;

  await check('the Vega-Lite data URL answers JSON with rows under its format.property', async () => {
    spec.data.url = rebase(docSpec.data.url);
    answer = await getJson(spec.data.url);
    const rows = answer[docSpec.data.format.property];
    assert(Array.isArray(rows) && rows.length > 0, `no rows under ${docSpec.data.format.property}`);
    assert(answer.next == null, `the answer has a next page (${answer.next}); the spec would show the first page only`);
    assert(rows.some((r) => r.value == null), 'no confidential or empty month in the answer: the null check would test nothing');
  });

  for (const zone of answer ? ZONES : []) {   // without an answer there is nothing to compare
    process.env.TZ = zone;
    let view;
    svg = undefined;
    const utc = String(docSpec.encoding.x.timeUnit || '').startsWith('utc');
    await check(`${zone}: vega-lite compiles the spec and vega renders it to SVG`, async () => {
      const compiled = vl.compile(spec);
      const loader = vega.loader({ http: { headers } });
      view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', loader });
      await view.runAsync();
      svg = await view.toSVG();
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, `timely-decision-rate.${zone.replace('/', '_')}.svg`), svg);
      assert(svg.length > 1000 && svg.startsWith('<svg'), `SVG of ${svg.length} characters`);
    });

    if (svg && answer) {
      const rows = answer[docSpec.data.format.property];
      const published = rows.filter((r) => r.status === 'ok');
      const withValue = rows.filter((r) => r.value != null);

      await check(`${zone}: one point per row with a value, none for a null value`, () => {
        assert(published.length === withValue.length && published.every((r) => r.value != null),
          `${published.length} rows with status ok, ${withValue.length} with a value`);
        const inSvg = svgMarks(svg, 'symbol', 'path');
        const inScene = markItems(view.scenegraph().root, 'symbol').length;
        assert(inSvg === withValue.length, `${inSvg} points in the SVG, ${withValue.length} values in the answer`);
        assert(inScene === withValue.length, `${inScene} points in the scene, ${withValue.length} values in the answer`);
      });

      await check(`${zone}: one 95% interval per row with a value`, () => {
        const expected = withValue.filter((r) => r.ci_low != null && r.ci_high != null).length;
        const inSvg = svgMarks(svg, 'rule', 'line');
        assert(inSvg === expected, `${inSvg} intervals in the SVG, ${expected} in the answer`);
      });

      await check(`${zone}: each point at its month and value; a null value is not drawn (not at 0)`, () => {
        const x = view.scale('x');
        const y = view.scale('y');
        const points = markItems(view.scenegraph().root, 'symbol');
        const expected = withValue.map((r) => [x(monthStart(r.period, utc)), y(r.value), r.period]);
        for (const [ex, ey, period] of expected) {
          assert(points.some((p) => near(p.x, ex) && near(p.y, ey)), `no point for ${period} at (${ex}, ${ey})`);
        }
        const zeros = withValue.filter((r) => r.value === 0).length;
        const atZero = points.filter((p) => near(p.y, y(0))).length;
        assert(atZero === zeros, `${atZero} points at 0, ${zeros} values of 0 in the answer`);
        for (const r of rows.filter((r) => r.value == null)) {
          const cx = x(monthStart(r.period, utc));
          assert(!points.some((p) => near(p.x, cx)), `a point is drawn for ${r.period}, whose value is null (${r.status})`);
        }
      });
    }
  }

  await check('the Grafana Infinity query answers rows at root_selector with every column', async () => {
    assert(grafana.type === 'json' && grafana.source === 'url', 'not a JSON URL query');
    const url = new URL(rebase(grafana.url));
    for (const { key, value } of grafana.url_options.params) url.searchParams.append(key, value);
    const body = await getJson(url.toString());
    const rows = grafana.root_selector.split('.').reduce((node, key) => node && node[key], body);
    assert(Array.isArray(rows) && rows.length > 0, `nothing at root_selector ${grafana.root_selector}`);
    for (const column of grafana.columns) {
      for (const row of rows) {
        assert(column.selector in row, `row ${row.period} has no ${column.selector}`);
        const v = row[column.selector];
        if (column.type === 'number') assert(v === null || typeof v === 'number', `${column.selector} ${v} is not a number`);
        if (column.type === 'string') assert(typeof v === 'string', `${column.selector} ${v} is not a string`);
        if (column.type === 'timestamp') {
          assert(column.timestampFormat === '2006-01', `timestamp layout ${column.timestampFormat} is not checked here`);
          assert(/^\d{4}-(0[1-9]|1[0-2])$/.test(v), `${column.selector} ${v} is not in the layout 2006-01`);
        }
      }
    }
    // The two examples are the same rows: Vega-Lite's URL asks what Grafana's parameters ask.
    const vlUrl = new URL(rebase(docSpec.data.url));
    const same = [...url.searchParams].every(([k, v]) => vlUrl.searchParams.get(k) === v)
      && [...vlUrl.searchParams].every(([k, v]) => url.searchParams.get(k) === v);
    assert(same, `Grafana asks ${url.search}, Vega-Lite ${vlUrl.search}`);
  });
}

console.log(`vegalite: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
