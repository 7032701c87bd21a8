// The Typst comparison of bench/run.sh: the same one-page resume, written as Typst markup by
// resumeMarkup() below, compiled to PDF by @myriaddreamin/typst-ts-node-compiler (installed into
// bench/typst/node_modules by run.sh, never part of the product) with the same Carlito fonts.
//
//   node bench/typst/typst-bench.mjs RESUME.json FONT_DIR SECONDS OUT.json
//
// Two measurements, each after a warm-up of SECONDS: "full" evicts the compiler's caches before
// every compile (a cold document, warm process), "incremental" makes a one-word edit of the
// summary with the cache kept, which is what a live preview does; every edit makes a document
// never compiled before. Each operation is markup in,
// PDF bytes out. Prints a Markdown table and writes the samples' percentiles as JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, 'node_modules', 'x.js'));
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [resumePath, fontDir, secondsArg, outPath] = process.argv.slice(2);
const seconds = Number(secondsArg || 10);
const resume = JSON.parse(readFileSync(resumePath, 'utf8'));

/** Typst markup for a JSON Resume document: one column, our classic template's order. */
function resumeMarkup(r, summary) {
  const esc = (s) => String(s ?? '').replace(/[\\#$*_`<>@\[\]~"=\/-]/g, (c) => '\\' + c);
  const month = (d) => {
    if (!d) return 'Present';
    const [y, m] = d.split('-');
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return m ? `${names[Number(m) - 1]} ${y}` : y;
  };
  const b = r.basics;
  const out = [];
  out.push('#set document(title: "' + b.name + ' – Resume", author: "' + b.name + '")');
  out.push('#set page(paper: "a4", margin: (x: 18mm, y: 16mm))');
  out.push('#set text(font: "Carlito", size: 10.5pt, lang: "en")');
  out.push('#set par(justify: false, leading: 0.55em, spacing: 0.7em)');
  out.push('#show heading.where(level: 2): it => block(above: 1em, below: 0.5em)[#text(size: 11.5pt, weight: "bold", upper(it.body)) #v(-0.7em) #line(length: 100%, stroke: 0.5pt)]');
  out.push('#align(center)[#text(size: 20pt, weight: "bold")[' + esc(b.name) + ']\\');
  out.push('#text(size: 12pt)[' + esc(b.label) + ']\\');
  const contact = [b.email, b.phone, b.url, b.location && `${b.location.city}, ${b.location.countryCode}`,
    ...(b.profiles || []).map((p) => `${p.network}: ${p.username}`)].filter(Boolean).map(esc);
  out.push(contact.join(' · ') + ']');
  out.push('== Summary');
  out.push(esc(summary));
  out.push('== Experience');
  for (const w of r.work || []) {
    out.push(`*${esc(w.position)}*, ${esc(w.name)} #h(1fr) ${month(w.startDate)} – ${month(w.endDate)}\\`);
    out.push(`_${esc(w.location)}_`);
    if (w.summary) out.push('', esc(w.summary));
    out.push('');
    for (const h of w.highlights || []) out.push('- ' + esc(h));
  }
  out.push('== Education');
  for (const e of r.education || []) {
    out.push(`*${esc(e.studyType)}, ${esc(e.area)}*, ${esc(e.institution)} #h(1fr) ${month(e.startDate)} – ${month(e.endDate)}\\`);
    if (e.score) out.push(esc(e.score));
  }
  out.push('== Skills');
  for (const s of r.skills || []) out.push(`*${esc(s.name)}:* ${(s.keywords || []).map(esc).join(', ')}\\`);
  return out.join('\n') + '\n';
}

const entry = join(here, 'resume.typ'); // in memory only: never written to disk
const compiler = NodeCompiler.create({ workspace: here, fontArgs: [{ fontPaths: [fontDir] }] });
// Every operation edits one word of the summary ("six years" becomes "<n> years"), so no compile
// ever meets a document it has compiled before: no cache can hand back a finished PDF.
const edited = (i) => resumeMarkup(resume, resume.basics.summary.replace('six years', `${i} years`));

function pdfOf(markup) {
  compiler.addSource(entry, markup);
  const result = compiler.compile({ mainFilePath: entry });
  if (result.hasError()) {
    result.printErrors();
    throw new Error('Typst could not compile the resume');
  }
  const doc = result.result;
  return { pdf: compiler.pdf(doc), pages: doc.numOfPages };
}

function measure(name, op) {
  const warmEnd = performance.now() + seconds * 1000;
  let i = 0;
  while (performance.now() < warmEnd) op(i++);
  const samples = [];
  const cpuStart = process.cpuUsage();
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    const t = performance.now();
    op(i++);
    samples.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpuStart);
  samples.sort((a, b) => a - b);
  const at = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { name, samples: samples.length, p50: at(0.5), p90: at(0.9), p99: at(0.99), mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    // CPU time of the whole process (every compiler thread) per operation: less disturbed by
    // other work on the machine than the wall-clock figures
    cpuMs: (cpu.user + cpu.system) / 1000 / samples.length };
}

const first = pdfOf(resumeMarkup(resume, resume.basics.summary));
console.log(`Typst: ${first.pages} page(s), ${first.pdf.length} bytes, fonts from ${fontDir}`);
const full = measure('full compile to PDF (caches evicted each time)', (i) => {
  compiler.evictCache(0);
  pdfOf(edited(i));
});
const incremental = measure('incremental compile to PDF after a one-word edit', (i) => pdfOf(edited(i)));

const rows = [full, incremental];
console.log('\n| what (Typst, typst-ts-node-compiler 0.7.0) | p50 ms | p90 ms | p99 ms | CPU ms per op | samples |');
console.log('|---|--:|--:|--:|--:|--:|');
for (const r of rows) console.log(`| ${r.name} | ${r.p50.toFixed(2)} | ${r.p90.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.cpuMs.toFixed(2)} | ${r.samples} |`);
if (outPath) writeFileSync(outPath, JSON.stringify({ pages: first.pages, bytes: first.pdf.length, rows }, null, 2));
