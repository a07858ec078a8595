/** `minutes text`: reading-order text with page breaks, furniture and line numbers on request. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from './helpers/cli.js';

const fx = (f: string) => path.resolve(__dirname, '../fixtures', f);
const tokens = (s: string) => s.split(/\s+/).filter((t) => t !== '' && !/^---$|^page$|^\d+$/.test(t));

describe('minutes text', () => {
  it('prints the real council PDF with the same words as the page: none glued or split', async () => {
    const r = await run(['text', fx('aarhus_byraad_2025-08-27.pdf')]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/^--- page \d+ ---$/gm)).toHaveLength(28);
    // pdftotext's words, as a reference; line-end hyphenation undone on our side.
    let ref: string;
    try {
      ref = execFileSync('pdftotext', [fx('aarhus_byraad_2025-08-27.pdf'), '-'], { encoding: 'utf8' });
    } catch {
      return; // poppler-utils not installed: the rest of the test still ran.
    }
    const ours = new Set(tokens(r.stdout));
    const missing = tokens(ref.replace(/-\n/g, '-')).filter((t) => !ours.has(t) && !t.endsWith('-'));
    // Hyphenated line ends in pdftotext's output are the only allowed difference.
    expect(missing.length).toBeLessThanOrEqual(12);
  });

  it('rebuilds the OCR twin into the same lines as the born-digital PDF', async () => {
    const [a, b] = await Promise.all([run(['text', fx('aarhus_byraad_2025-08-27.pdf')]), run(['text', fx('aarhus_byraad_2025-08-27.ocr-eng.pdf')])]);
    // Lines per page (table of contents aside, where OCR lost the leaders' page numbers).
    const perPage = (s: string) =>
      s.split(/^--- page \d+ ---$/m).slice(1).map((p) => p.split('\n').filter((l) => l.trim() !== '' && !l.includes('....')).length);
    const pa = perPage(a.stdout);
    const pb = perPage(b.stdout);
    expect(pb).toHaveLength(pa.length);
    const samePages = pa.filter((n, i) => n === pb[i]).length;
    expect(samePages / pa.length).toBeGreaterThanOrEqual(0.75);
  });

  it('--furniture shows what was removed, --lines numbers lines PAGE:LINE', async () => {
    const r = await run(['text', fx('pdf-header-footer.pdf'), '--furniture', '--lines']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2:-\t\[page-number\] Side 2 af 5$/m);
    expect(r.stdout).toMatch(/^1:-\t\[header\] Region Syddanmark/m);
    expect(r.stdout).toMatch(/^1:1\tReferat$/m);
    const plain = await run(['text', fx('pdf-header-footer.pdf')]);
    expect(plain.stdout).not.toMatch(/Side \d af 5|\[header\]/);
  });

  it('prints text files as they are', async () => {
    const r = await run(['text', fx('000_342929e38b3588cc.txt')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Møde: Følgegruppen for uddannelse og arbejde');
  });

  it('reports an image-only PDF in one line with the OCR fix, exit 4', async () => {
    const r = await run(['text', path.resolve(__dirname, 'data/image-only.pdf')]);
    expect(r.code).toBe(4);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('ocrmypdf -l dan');
  });

  it('a missing file: exit 3', async () => {
    const r = await run(['text', 'nope.pdf']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^minutes: error: nope.pdf: does not exist/);
  });
});
