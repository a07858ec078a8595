#!/usr/bin/env node
// Part of `npm run build`: expands the Danish dictionary once and writes the
// Bloom filters normalize reads at start-up (src/normalize/filters.ts), and
// the sorted stems the page-break word check reads (src/extract/words.ts).
// Skips the work when a file already matches the installed dictionary.
import { loadDictionaryFiles } from '../dist/normalize/dictionary.js';
import { buildFilters, dictionaryKey, FILTERS_FILE, readFilters, writeFilters } from '../dist/normalize/filters.js';
import { parseAff, parseDic } from '../dist/normalize/hunspell.js';
import { buildWordList, readDic, readWordsFile, wordsKey, WORDS_FILE, writeWordsFile } from '../dist/extract/words.js';

const { aff, dic } = loadDictionaryFiles();
const key = dictionaryKey(aff, dic);
if (readFilters(FILTERS_FILE, key) === null) {
  const started = performance.now();
  const h = { ...parseAff(aff), stems: parseDic(dic) };
  writeFilters(FILTERS_FILE, key, buildFilters(h));
  process.stderr.write(`dictionary filters written in ${Math.round(performance.now() - started)} ms\n`);
}

const wordsAt = wordsKey();
if (readWordsFile(WORDS_FILE, wordsAt) === null) {
  const started = performance.now();
  writeWordsFile(WORDS_FILE, wordsAt, buildWordList(readDic()));
  process.stderr.write(`page-break word list written in ${Math.round(performance.now() - started)} ms\n`);
}
