#!/usr/bin/env node
// How long claim matching takes in WebAssembly: the widget's module (dist/pkg, built by
// scripts/build) run in Node on the corpus of `cargo bench -p hedgelight-core --bench
// compare` (500 texts of about 500 words, made the same way, from the same seed), so the
// two print comparable numbers. A measurement, not a test: it prints numbers.
//
//   scripts/build && node scripts/bench-compare.mjs [--runs 5] [--texts 500] [--dist DIR]
//
// Times are taken inside WebAssembly (performance.now() around `analyze` of every text
// and around the grouping), so reading the texts' JSON into the module is not counted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    texts: { type: 'string', default: '500' },
    dist: { type: 'string', default: join(ROOT, 'dist') },
  },
});

// core/benches/compare.rs, word for word: its word list, names and generator.
const WORDS = 'market water river bridge school council budget report village harbour '
  + 'engine factory garden winter summer station railway airport hospital doctor teacher farmer '
  + 'harvest weather storm flood drought energy price wage tax road tunnel mountain valley forest '
  + 'museum library theatre festival concert league match season player coach stadium ticket '
  + 'museum painting novel poet street square tower castle church island coast beach boat ship '
  + 'cargo port trade export import loan bank credit debt profit loss share stock fund pension '
  + 'housing rent tenant owner builder permit zoning plan vote election party candidate debate '
  + 'court judge trial lawyer verdict appeal police officer patrol crime theft fraud audit';
const PLACES = ['Varenna', 'Kolby', 'Marstad', 'Ostrava', 'Lindau', 'Pernik', 'Tarvis', 'Odell'];
const PEOPLE = ['Kessler', 'Moreau', 'Halvorsen', 'Novak', 'Brandt', 'Silva', 'Okafor', 'Lindqvist'];
const MASK = (1n << 64n) - 1n;

/** The benchmark's xorshift, in 64-bit BigInt arithmetic as Rust's u64 wraps. */
class Rng {
  constructor(seed) { this.s = seed; }
  next() {
    this.s ^= (this.s << 13n) & MASK;
    this.s ^= this.s >> 7n;
    this.s ^= (this.s << 17n) & MASK;
    return this.s;
  }
  below(n) { return Number(this.next() % BigInt(n)); }
}

function claim(k, wording) {
  const [place, person, n] = [PLACES[k % 8], PEOPLE[Math.floor(k / 8) % 8], 100 + 37 * k];
  return wording === 0
    ? `${person} said ${n} workers at the ${place} plant lost their jobs in claim ${k}.`
    : `About ${n} jobs were lost at the plant in ${place}, according to ${person}, case ${k}.`;
}

function corpus(count) {
  const words = WORDS.split(/\s+/);
  const rng = new Rng(0x9E3779B97F4A7C15n);
  return Array.from({ length: count }, () => {
    let text = '';
    let n = 0;
    while (n < 500) {
      if (rng.below(25) === 0) {
        const c = claim(rng.below(40), rng.below(2));
        n += c.split(/\s+/).length;
        text += c;
      } else {
        const len = 8 + rng.below(14);
        for (let i = 0; i < len; i++) {
          const w = words[rng.below(words.length)];
          text += i === 0 ? w[0].toUpperCase() + w.slice(1) : ` ${w}`;
        }
        text += '.';
        n += len;
      }
      text += ' ';
    }
    return text;
  });
}

const pkg = join(opts.dist, 'pkg');
const { default: init, compare_timings: timings } = await import(pathToFileURL(join(pkg, 'hedgelight_web.js')).href);
await init({ module_or_path: readFileSync(join(pkg, 'hedgelight_web_bg.wasm')) });

const texts = corpus(Number(opts.texts));
const json = JSON.stringify(texts.map((text, i) => ({ title: `text ${i}`, text })));
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
const runs = Number(opts.runs);
timings(json); // warm up
const measured = Array.from({ length: runs }, () => timings(json));
const [, , sentences, pairs, allPairs, groups] = measured[0];
const mean = (k) => measured.reduce((s, m) => s + m[k], 0) / runs;
const min = (k) => Math.min(...measured.map((m) => m[k]));
console.log(`Node ${process.version}, ${join(pkg, 'hedgelight_web_bg.wasm')}`);
console.log(`${texts.length} texts, ${words} words, ${sentences} claim sentences`);
console.log(`analyze (all texts, wasm)      ${mean(0).toFixed(0).padStart(8)} ms  (min ${min(0).toFixed(0)})`);
console.log(`group (wasm, mean of ${runs})        ${mean(1).toFixed(0).padStart(8)} ms  (min ${min(1).toFixed(0)})`);
console.log(`pairs compared                 ${String(pairs).padStart(8)} of ${allPairs} (${(100 * pairs / allPairs).toFixed(4)} %)`);
console.log(`groups                         ${String(groups).padStart(8)}`);
