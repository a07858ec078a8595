/**
 * Every vocabulary table's examples, as a corpus (Duckling's way): each row
 * says what its phrasings must give and what they must not.
 */
import { describe, expect, it } from 'vitest';
import { linesFromText } from '../src/extract/text.js';
import { DATE_EXAMPLES, DAY_MONTH_EXAMPLES, findDate, findDayMonth, findTimes, TIME_EXAMPLES, withYear } from '../src/segment/dates.js';
import { findCandidates, gluedTitle, NUMBERING_STYLES } from '../src/segment/headings.js';
import { PLACE_TIDY_EXAMPLES, tidyPlace, BODY_BESIDE_TITLE_EXAMPLES, nameBesideTitle, NAME_ON_TOP_EXAMPLES, nameOnTop, NAME_OVER_ADDRESS_EXAMPLES, nameOverAddress, BODY_OF_ITS_OWN_EXAMPLES, bodyOfItsOwn, NAME_IN_CAPITALS_EXAMPLES, nameInCapitals, PLACE_BESIDE_WHEN_EXAMPLES, placeBesideWhen, BODY_IN_MEETING_TITLE_EXAMPLES, BODY_OF_MEETING_EXAMPLES, BODY_SHAPE_EXAMPLES, bodyInMeetingTitle, bodyOfMeeting, PLACE_EXAMPLES, placeIn, shapeBody, PLACE_ENDS, placeEnd } from '../src/segment/meeting.js';
import { CHAIR_ROWS, chairInSentence } from '../src/segment/chair.js';
import { isKindWord, KIND_CONTEXTS, KIND_ENDINGS, kindNamedBody } from '../src/segment/kind-named.js';
import { GROUP_LABEL_EXAMPLES, groupLabel } from '../src/segment/people.js';
import { toSLines } from '../src/segment/model.js';
import { OUTCOME_RULES, outcomeOf, RESOLVED_VERBS } from '../src/segment/outcome.js';
import { RUN_ON_RECORDS, runOnRecord } from '../src/segment/run-on.js';
import { BLOCK_EXAMPLES, blockKind, ONE_WORD_TITLE_EXAMPLES, PAGE_TRAILER, PAGE_TRAILER_EXAMPLES } from '../src/segment/vocabulary.js';
import { TITLE_RUN_EXAMPLES, titlesRunTogether } from '../src/segment/title-starts.js';

describe('outcome rules', () => {
  for (const rule of OUTCOME_RULES) {
    it.each(rule.examples)(`${rule.outcome}: %s`, (s) => expect(outcomeOf(s)).toBe(rule.outcome));
    it.each(rule.not.map((s) => [s]))(`not ${rule.outcome}: %s`, (s) => expect(outcomeOf(s)).not.toBe(rule.outcome));
  }
});

describe('what a resolution does, by its verb', () => {
  for (const row of RESOLVED_VERBS) it.each(row.examples)(`${row.outcome}: %s`, (s) => expect(outcomeOf(s)).toBe(row.outcome));
  it.each([
    ['Borgmesteren orienterede om, at han var valgt til bestyrelsen. Til orientering.', 'noted'],
    ['Formanden oplyste at kontingentet var vedtaget af landsforeningen.', 'noted'],
    ['Et flertal kunne tiltræde indstillingen.', 'approved'],
    ['Et flertal stemte imod.', 'rejected'],
    ['Punktet blev drøftet. Vi vedtager at holde festen i juni.', 'approved'],
    ['Det blev besluttet at nedsætte en arbejdsgruppe.', 'approved'],
  ])('%s → %s', (s, o) => expect(outcomeOf(s)).toBe(o));
});

describe('a record run on after the title on the heading line', () => {
  for (const row of RUN_ON_RECORDS) {
    it.each(row.examples)(`${row.mark}: %s`, (line, title, text) => expect(runOnRecord(line)).toEqual({ title, text }));
    it.each(row.not.map((s) => [s]))(`stays whole, ${row.mark}: %s`, (line) => expect(runOnRecord(line)).toBeNull());
  }
});

describe('numbering styles', () => {
  const first = (line: string) => findCandidates(toSLines(linesFromText(`${line}\nTeksten til punktet.\n`).lines)).find((c) => c.index === 0) ?? null;
  for (const row of NUMBERING_STYLES) {
    it.each(row.examples)(`${row.style}: %s`, (line, number, title) => {
      const c = first(line);
      expect(c && [c.number, c.rest]).toEqual([number, title]);
    });
    it.each(row.not.map((s) => [s]))(`not ${row.style}: %s`, (line) => {
      const c = first(line);
      expect(c === null || c.score < 0).toBe(true);
    });
  }
});

describe("a web page's trailer below the minutes", () => {
  it.each(PAGE_TRAILER_EXAMPLES)('%s → %s', (line, trailer) => expect(PAGE_TRAILER.test(line)).toBe(trailer));
});

describe('one-word titles run into their text', () => {
  it.each(ONE_WORD_TITLE_EXAMPLES.map((e) => [e.line, e.split]))('%s → %j', (line, split) => {
    const g = gluedTitle(line as string);
    expect(g && [g.title, g.text]).toEqual(split);
  });
});

describe('a title run into its text, split where a careful reader would', () => {
  it.each([
    ['Gennemgang af regnskabet, hvor Bo Lund forklarede alle posterne for året. Det blev godkendt.', ['Gennemgang af regnskabet', 'hvor Bo Lund forklarede alle posterne for året. Det blev godkendt.']],
    ['Orientering om haven og Bo Lund fortalte om hækken og om træerne ved stien.', null],
    ['Status på legepladsen Kommunen har svaret og sender en mand i næste uge.', ['Status på legepladsen', 'Kommunen har svaret og sender en mand i næste uge.']],
    // Three words will do where they say what came of it; three that say nothing are no record.
    ['Godkendelse af referat fra marts Referatet blev godkendt.', ['Godkendelse af referat fra marts', 'Referatet blev godkendt.']],
    ['Godkendelse af referat fra marts Referatet sendes rundt.', null],
  ])('%s → %j', (line, split) => {
    const g = gluedTitle(line);
    expect(g && [g.title, g.text]).toEqual(split);
  });
});

describe('block headings', () => {
  it.each(BLOCK_EXAMPLES)('%s is %s', (heading, kind) => expect(blockKind(heading)).toBe(kind));
  it.each(TITLE_RUN_EXAMPLES)('titles run together: %s → %j', (text, titles) => expect(titlesRunTogether(text.split(' '))).toEqual(titles));
});

describe('dates, times and places', () => {
  it.each(DATE_EXAMPLES)('%s → %s', (text, date) => expect(findDate(text)?.date ?? null).toBe(date));
  it.each(TIME_EXAMPLES)('%s → %s–%s', (text, start, end) => expect(findTimes(text)).toEqual({ start, end }));
  it.each(PLACE_EXAMPLES)('%s → %s', (text, place) => expect(placeIn(text)).toBe(place));
  it.each(PLACE_TIDY_EXAMPLES)('place read %s → %s', (text, place) => expect(tidyPlace(text)).toBe(place));
  for (const row of PLACE_ENDS) it.each(row.examples)(`where a place ends, ${row.name}: %s → %s`, (text, place) => expect(placeEnd(text)).toBe(place));
  it.each(PLACE_BESIDE_WHEN_EXAMPLES)('under the date: %s (%s) → %s', (text, date, place) => {
    const lines = text.split(' | ').map((t, k) => ({ text: t, blank: false, line: k + 1, page: null }));
    expect(placeBesideWhen(lines, { body: null, date, startTime: null, endTime: null, location: null, chair: null })).toBe(place);
  });
});

describe('a body read as its name alone', () => {
  it.each(BODY_SHAPE_EXAMPLES)('%s → %s', (text, body) => expect(shapeBody(text)).toBe(body));
});

describe('the body named by the meeting it holds', () => {
  it.each(BODY_OF_MEETING_EXAMPLES)('%s → %s', (text, body) => expect(bodyOfMeeting(text)).toBe(body));
  it.each(BODY_IN_MEETING_TITLE_EXAMPLES)('title %s → %s', (text, body) => expect(bodyInMeetingTitle(text)).toBe(body));
  it.each(NAME_ON_TOP_EXAMPLES)('on top of the page: %j → %s', (top, body) => expect(nameOnTop(toSLines(top.map((text, i) => ({ text, page: null, line: i + 1 }))))).toBe(body));
  it.each(NAME_IN_CAPITALS_EXAMPLES)('a name in capitals on top: %j → %s', (top, body) => expect(nameInCapitals(toSLines(top.map((text, i) => ({ text, page: null, line: i + 1 }))))).toBe(body));
  it.each(BODY_OF_ITS_OWN_EXAMPLES)('its members, meetings or protocol: %s → %s', (text, body) => expect(bodyOfItsOwn(toSLines([{ text, page: null, line: 1 }]))).toBe(body));
  it.each(NAME_OVER_ADDRESS_EXAMPLES)('a letterhead over its address: %j → %s', (top, body) => expect(nameOverAddress(toSLines(top.map((text, i) => ({ text, page: null, line: i + 1 }))))).toBe(body));
  it.each(BODY_BESIDE_TITLE_EXAMPLES)('beside the title: %j → %s', (top, body) => expect(nameBesideTitle(toSLines(top.map((text, i) => ({ text, page: null, line: i + 1 }))))).toBe(body));
});

describe('a body named by its kind near the top', () => {
  for (const [ending, words] of KIND_ENDINGS) it.each(words)(`${ending}: %s ends in a kind`, (w) => expect(isKindWord(w)).toBe(true));
  it.each(['Forslag', 'klubhuset', 'kampkort', 'Oplag'])('%s is no kind', (w) => expect(isKindWord(w)).toBe(false));
  for (const c of KIND_CONTEXTS) it.each(c.examples)(`${c.name}: %s → %s`, (text, body) => expect(kindNamedBody(text)).toBe(body));
});

describe('who chaired, told in a sentence', () => {
  for (const row of CHAIR_ROWS) {
    it.each(row.examples)(`${row.name}: %s → %s`, (text, name) => expect(chairInSentence(text, [row])).toBe(name));
  }
  // An adverb opening the sentence is nobody, though capitalised in an election's item.
  it.each(['Derefter blev han valgt.', 'Her valgtes hun med applaus.', 'Herefter blev dirigenten valgt.'])('%s names no chair', (text) => expect(chairInSentence(text)).toBeNull());
});

describe('labels of groups of people', () => {
  it.each(GROUP_LABEL_EXAMPLES)('%s → %s', (label, group) => expect(groupLabel(label)).toBe(group));
});

describe('dates printed without a year', () => {
  it.each(DAY_MONTH_EXAMPLES)('%s (%s) → %s (the weekday deciding: %s)', (text, year, date, weekdayDecides) => {
    const d = findDayMonth(text);
    expect(d === null ? null : withYear(d, year, weekdayDecides ?? false)).toBe(date);
  });
});
