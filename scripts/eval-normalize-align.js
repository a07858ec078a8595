// Word alignment of a clean text with its OCR'd or repaired twin, shared by the
// normalize evaluation scripts.

/** Words as the scripts compare them: letters, digits and the signs OCR puts for letters. */
export const words = (text) => [...text.matchAll(/[\p{L}\p{M}\d@©|]+/gu)].map((m) => m[0]);

/**
 * The longest-common-subsequence table of two word lists, row-major with
 * `b.length + 1` columns: entry (i, j) is the length for `a[i:]` and `b[j:]`.
 */
export function lcsTable(a, b) {
  const n = a.length;
  const m = b.length;
  const dp = new Uint16Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] = a[i] === b[j] ? dp[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(dp[(i + 1) * (m + 1) + j], dp[i * (m + 1) + j + 1]);
    }
  }
  return dp;
}

/**
 * The stretches where two word lists differ, between the words they share
 * (by longest common subsequence): `{ a, b, at }`, `at` the index in `a`.
 */
export function gaps(a, b) {
  const n = a.length;
  const m = b.length;
  const dp = lcsTable(a, b);
  const out = [];
  let i = 0;
  let j = 0;
  let gi = 0;
  let gj = 0;
  const flush = () => {
    if (gi < i || gj < j) out.push({ a: a.slice(gi, i), b: b.slice(gj, j), at: gi });
  };
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      flush();
      i++;
      j++;
      gi = i;
      gj = j;
    } else if (dp[(i + 1) * (m + 1) + j] >= dp[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  i = n;
  j = m;
  flush();
  return out;
}
