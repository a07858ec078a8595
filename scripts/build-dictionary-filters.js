#!/usr/bin/env node
// Part of `npm run build`: expands the Danish dictionary once and writes the
// Bloom filters normalize reads at start-up (src/normalize/filters.ts). Skips
// the work when the file already matches the installed dictionary.
import { loadDictionaryFiles } from '../dist/normalize/dictionary.js';
import { buildFilters, dictionaryKey, FILTERS_FILE, readFilters, writeFilters } from '../dist/normalize/filters.js';
import { parseAff, parseDic } from '../dist/normalize/hunspell.js';

const { aff, dic } = loadDictionaryFiles();
const key = dictionaryKey(aff, dic);
if (readFilters(FILTERS_FILE, key) === null) {
  const started = performance.now();
  const h = { ...parseAff(aff), stems: parseDic(dic) };
  writeFilters(FILTERS_FILE, key, buildFilters(h));
  process.stderr.write(`dictionary filters written in ${Math.round(performance.now() - started)} ms\n`);
}
