/** Meeting documents and minutes texts made for tests of the store, ingest and query. */
import { createHash } from 'node:crypto';
import type { Item, MeetingDocument } from '../../src/schema.js';

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function makeItem(over: Partial<Item> = {}): Item {
  const number = over.number ?? 1;
  const title = over.title ?? 'Godkendelse af dagsorden';
  const decision = over.decision === undefined ? 'Godkendt.' : over.decision;
  return {
    number,
    title,
    heading: `${number}. ${title}`,
    itemType: null,
    presenter: null,
    durationMinutes: null,
    closed: false,
    caseNumber: null,
    sections: [
      { kind: 'background', heading: 'Sagsfremstilling', text: `Baggrund for ${title}.` },
      ...(decision != null ? [{ kind: 'decision' as const, heading: 'Beslutning', text: decision }] : []),
    ],
    decision,
    outcome: decision != null ? 'approved' : null,
    attachments: [],
    pages: { start: 1, end: 1 },
    ...over,
  };
}

export interface DocSpec {
  file?: string;
  body?: string | null;
  date?: string | null;
  items?: Item[];
  people?: string[];
  absent?: string[];
  seed?: string;
}

export function makeDoc(spec: DocSpec = {}): MeetingDocument {
  const file = spec.file ?? 'referat.pdf';
  return {
    schemaVersion: 1,
    source: { file, sha256: sha(spec.seed ?? JSON.stringify(spec)), format: 'pdf', pages: 3, encoding: null },
    documentType: 'referat',
    meeting: {
      body: spec.body === undefined ? 'Følgegruppen for uddannelse og arbejde' : spec.body,
      date: spec.date === undefined ? '2023-01-26' : spec.date,
      startTime: '14:00',
      endTime: '16:00',
      location: 'Regionshuset',
      chair: spec.people?.[0] ?? null,
    },
    participants: [
      ...(spec.people ?? []).map((name, i) => ({ name, role: null, group: i === 0 ? ('chair' as const) : ('member' as const), note: null })),
      ...(spec.absent ?? []).map((name) => ({ name, role: 'afbud', group: 'absent' as const, note: null })),
    ],
    items: spec.items ?? [makeItem()],
    diagnostics: [{ severity: 'warning', code: 'item-without-decision', message: 'Punkt 2 har ingen beslutning', page: 2, line: 14 }],
    normalization: { repairs: 0, encoding: null, ocrDamage: false },
  };
}

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** A minutes text in the common Word layout, different for every `n`. */
export function minutesText(n: number): string {
  const bodies = ['Følgegruppen for uddannelse og arbejde', 'Udvalget for Sundhed og Ældre', 'Aarhus Byråd', 'Økonomiudvalget'];
  const body = bodies[n % bodies.length]!;
  const year = 2018 + (n % 7);
  const month = (n * 5) % 12;
  const day = 1 + (n % 28);
  return [
    'Referat',
    '',
    `Møde: ${body}`,
    `Tidspunkt: Torsdag den ${day}. ${MONTHS[month]} ${year}, kl. 14.00-16.00`,
    'Sted: Mødelokale 2, Rådhuset',
    '',
    'Deltagere:',
    `Mette Sørensen, formand`,
    `Jens Ærø, medlem nr. ${n}`,
    '',
    '1. Godkendelse af dagsorden',
    'Beslutning:',
    'Dagsordenen blev godkendt.',
    '',
    `2. ORIENTERING: Status på IPS-indsatsen, sag ${n}`,
    'Sagsfremstilling:',
    `Sekretariatet orienterede om fremdriften i projekt nummer ${n}. Økonomien er på plads.`,
    'Beslutning:',
    n % 2 === 0 ? 'Orienteringen blev taget til efterretning.' : 'Punktet blev drøftet.',
    '',
    '3. Eventuelt',
    'Intet at bemærke.',
    '',
  ].join('\n');
}
