/** `minutes stats`: meetings, items and outcomes per body and year. */
import type { Db } from '../store/db.js';
import { Outcome } from '../schema.js';
import type { StatsRow } from './rows.js';

export function queryStats(db: Db): StatsRow[] {
  const outcomes = Outcome.options.map((o) => `COALESCE(SUM(i.outcome = '${o}'), 0) AS "${o}"`).join(',\n           ');
  return db
    .prepare<[], StatsRow>(
      `SELECT m.body, CAST(substr(m.date, 1, 4) AS INTEGER) AS year,
           COUNT(DISTINCT m.id) AS meetings, COUNT(i.id) AS items,
           COUNT(i.decision) AS decisions,
           ${outcomes},
           COALESCE(SUM(i.id IS NOT NULL AND i.outcome IS NULL), 0) AS unknown
         FROM meetings m LEFT JOIN items i ON i.meetingId = m.id
         GROUP BY m.body, year
         ORDER BY m.body IS NULL, m.body, year`,
    )
    .all();
}
