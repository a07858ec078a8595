/** The markers browsers show for the items of an `<ol>`. */

function alphabetic(n: number, upper: boolean): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return upper ? s.toUpperCase() : s;
}

const ROMAN: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
function roman(n: number, upper: boolean): string {
  let s = '';
  let k = n;
  for (const [v, r] of ROMAN) for (; k >= v; k -= v) s += r;
  return upper ? s.toUpperCase() : s;
}

/** The marker a browser shows for item `n` of an `<ol type>`: `3.`, `c.`, `C.`, `iii.`, `III.`. */
export function listMarker(n: number, type: string): string {
  // Letters and roman numerals have no zero or negatives: a browser falls back to decimal.
  if (n >= 1 && (type === 'a' || type === 'A')) return `${alphabetic(n, type === 'A')}.`;
  if (n >= 1 && n < 4000 && (type === 'i' || type === 'I')) return `${roman(n, type === 'I')}.`;
  return `${n}.`;
}
