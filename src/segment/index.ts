/**
 * Stage 3, segment: lines to the meeting document. Noise out, letterheads
 * out, then the agenda items (the best chain of numbered headings), the
 * header before them (meeting, participants), and each item's blocks.
 */
import { bodyNamedByKind } from './kind-named.js';
import { DiagnosticList, FileFailure } from '../diagnostics.js';
import type { Line } from '../extract/types.js';
import type { NormalizedDocument } from '../normalize/index.js';
import type { Item, MeetingDocument, Participant, ParticipantGroup, Source } from '../schema.js';
import { SCHEMA_VERSION } from '../schema.js';
import { capitalsTitle, CLAUSE_VERB, hasFiniteVerb, LINKING_WORD, runOnRecord } from './run-on.js';
import { agendaEntries, agendaOnlyItems, mergeByNumber, sameEntry, sectionsByKey, sectionsByTitle, titleBeforeFirstPoint, unnumberedAgenda, type AgendaEntry } from './agenda.js';
import { applyItemAttendance, presentInItems } from './attendance.js';
import { CHAIR_ITEM, CHAIR_WORD, chairInText, chairOfTwoElected, firstMention, NEXT_OFFICE, NOT_A_PERSON, ORGANISATION as ORGANISATION_IN_NAME } from './chair.js';
import { itemTables } from './tables.js';
import { isGivenName } from '../normalize/lexicon.js';
import { splitFlattened } from './flattened.js';
import { clean } from './clean.js';
import { CASE_NUMBER, CASE_REFERENCE, closedStatus, headingExtent, itemField, sameTitle, splitHeading, STATUS_LINE, type ItemFields } from './heading-parts.js';
import { YEAR_CASE_PREFIX, TITLE_CANNOT_END, TOLD_ENTRY, MEETING_DATED, meetingFold, nextMeetingHead, secondMeetingAfterProse, repeatedMeetingHead, sameHeadAgain, AGENDA_INTRO, BULLET_START, chooseChain, singleNumber, INLINE_TITLE, USUAL_TITLE, findCandidates, isBlockHeadingLine, gluedTitle, JOINT, LIST_BULLET, RECORD_BY_NUMBER, nextNonBlank, prevNonBlank, paragraphRun, restoreListStart, restoreLostNumbers, restoreRunInStart, restoreRepeatedOnes, restoreRestartAfterFirst, dropListMarkers, splitGluedEntries, underBullet, zipNumberColumn, type Candidate } from './headings.js';
import { removeLetterheads } from './letterhead.js';
import { bodyFromLetterhead, bodyInMeetingTitle, yieldsBody, closingTime, shapeBody, tidyPlace, bodyInMeetingWord, committeeBesideTitle, isLabel as isFieldLabel, nameBesideTitle, nameOnTop, nameOverAddress, bodyOfItsOwn, nameInCapitals, NAMES_MEETING, namedAbove, fullerName, namesABody, parseHeader, WEEKDAY, WELCOME_LEAD, withoutOrnaments } from './meeting.js';
import { place, sharesWord, tolerant, toSLines, withoutEndColon, type SLine } from './model.js';
import { outcomeOf } from './outcome.js';
import { groupLabel, looksLikeName, notesOf, ORG_WORD, parseParticipants, plausibleParticipants } from './people.js';
import { buildSections } from './sections.js';
import { findDate, findDayMonth, findTimes, yearByWeekday } from './dates.js';
import { joinHyphenated, joinRunInLists, joinRunTogetherPages, joinWrappedEntries, joinWrappedHeader, joinWrappedNameLists, joinWrappedParagraphs, joinWrappedReferences, joinWrappedToMargin, measureLayout, wrapped, type TextLayout } from './text.js';
import { ABBREVIATION_END, ABBREVIATIONS, blockKind, BODY_MEETING_DATE, inlineBlock, itemTypeOf, MONTH_ANY_CASE, ONE_WORD_TITLE, PAGE_TRAILER, RECOMMENDATION_OPENER, TREATMENT, FINITE_VERB } from './vocabulary.js';

export function segment(doc: NormalizedDocument, source: Source): MeetingDocument {
  const diags = new DiagnosticList();
  const tabled = itemTables(doc.lines);
  if (tabled.tables > 0) diags.info('items-from-table', `Read ${tabled.tables === 1 ? 'a table' : `${tabled.tables} tables`} of items, one row an item, as numbered items`);
  // A page's wrapped lines of a list's entry or of the header are joined first, so that what is run together on them is split as
  // a web page's or a text file's line is.
  const unwrapped = toSLines(loneBullets(letterOBullets(splitRunOnNumbers(splitLabelCells(tabled.lines)))));
  const pageLayout = measureLayout(unwrapped);
  joinRunTogetherPages(unwrapped, pageLayout, isBlockHeadingLine);
  joinWrappedEntries(unwrapped, pageLayout, isBlockHeadingLine);
  joinWrappedReferences(unwrapped, pageLayout);
  joinWrappedNameLists(unwrapped, pageLayout, isBlockHeadingLine);
  joinWrappedHeader(unwrapped, pageLayout, isBlockHeadingLine);
  joinWrappedParagraphs(unwrapped, pageLayout, isBlockHeadingLine);
  joinWrappedToMargin(unwrapped, pageLayout, isBlockHeadingLine);
  joinRunInLists(unwrapped, pageLayout);
  const lh = removeLetterheads(splitRowCells(splitGlued(splitRunOnBullets(splitEntryRecordRows(splitFlattened(splitNumberedPipeRows(splitPipeRows(closingPipes(unwrapped)))))))), diags);
  const { lines } = clean(lh.lines, diags);
  const layout = measureLayout(lines);

  repairFirstNumber(lines);
  splitGluedEntries(lines);
  liftRowTitles(lines);
  if (zipNumberColumn(lines) > 0) diags.info('contents-columns', 'A contents table came out column by column; its numbers and titles were joined line by line');
  if (dropListMarkers(lines) > 0) diags.info('numbering-restored', 'The points carry a web list\'s own marker `1.` before their printed numbers; the printed numbers are theirs');
  const repeated = restoreRepeatedOnes(lines);
  const restarted = repeated.length === 0 ? restoreRestartAfterFirst(lines) : [];
  if (restarted.length > 0) diags.info('numbering-restored', `The list's numbering starts again at 1 after its first entry; the ${restarted.length} entries after it are numbered on from it by their place`, place(lines[restarted[0]!]));
  const listStart = restoreListStart(lines);
  const restored = [...listStart, ...(listStart.length === 0 ? restoreRunInStart(lines) : []), ...restoreLostNumbers(lines)];
  for (const r of restored) diags.info('numbering-restored', `Item number ${r.number} was lost in the text: ${r.listed ? 'numbered by its place in the list, before the first entry that kept its number' : 'read from the entry before it, which holds two titles'}`, place(lines[r.index]));
  if (repeated.length > 0 && repeated[0]!.followed) diags.info('numbering-restored', `The first ${repeated.length} entries are all numbered 1 (the list restarted at each), then ${repeated.length + 1} follows: numbered 1 to ${repeated.length} in place`, place(lines[repeated[0]!.index]));
  // With nothing after them to show the list went on, it is a reading of the layout: a warning.
  else if (repeated.length > 0) diags.warn('numbering-repeated', `Every numbered entry is numbered 1 (automatic numbering lost); the ${repeated.length} entries are numbered in order`, place(lines[repeated[0]!.index]));
  // A page of several meetings' minutes: this document is the first of them.
  let onPage = findCandidates(lines);
  // (Told in prose, no item numbered, the first meeting ends where the second is headed: the rest of the page is left out.)
  // (Or headed as the first, with another day and the same agenda under it: the minutes of the year before.)
  const afterProse = [secondMeetingAfterProse(lines, onPage), repeatedMeetingHead(lines), sameHeadAgain(lines)].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? -1;
  if (afterProse >= 0) {
    diags.info('next-meeting', 'The page goes on with the minutes of other meetings; they are left out', place(lines[afterProse]));
    lines.length = afterProse;
    onPage = findCandidates(lines);
  }
  const nextMeeting = nextMeetingHead(lines, onPage);
  let candidates = nextMeeting >= 0 ? onPage.filter((c) => c.index < nextMeeting) : onPage;
  if (nextMeeting >= 0) diags.info('next-meeting', 'The page goes on with the minutes of another meeting; they are left out', place(lines[nextMeeting]));
  let chosen = chooseChain(candidates, lines);
  // `2. Orientering` / text / `1. Fra formanden.` `2. Fra medlemmerne.` `3. Fra administrationen.` / … / `3. Kompetenceplan`:
  // a tight list from 1 again inside an item, some of whose entries the chain took for the next items; its points are no items.
  // (Its points on the lines right under one another: a blank line before the next number may end the list and start the next item.)
  const inner = tightLists(candidates, lines, 1).filter((l) => chosen.chain.length > 0 && l[0]!.index > chosen.chain[0]!.index && !chosen.chain.includes(l[0]!) && l.some((c) => chosen.chain.includes(c)));
  if (inner.length > 0) {
    const points = new Set(inner.flat());
    const again = chooseChain(candidates.filter((c) => !points.has(c)), lines);
    if (again.chain.length >= 2) {
      candidates = candidates.filter((c) => !points.has(c));
      chosen = again;
    }
  }
  // `Dagsorden:` 1–10 / `Ad 5. Bo Dal er på valg` … `Ad 8. …` / `1. Valg af dirigent` / its record / `2. …`: notes on some of the
  // agenda's entries before the minutes, which then repeat its entries from the first; the minutes are the items.
  const minutes = minutesAfterEntryNotes(candidates, chosen.chain) ?? sectionsBeforeInnerList(candidates, chosen.chain);
  if (minutes !== null) chosen = { ...chosen, chain: minutes };
  const { gaps, renumbered } = chosen;
  const afterAgenda = minutesAfterAgenda(lines, candidates, withPredecessors(lines, candidates, withOutOfOrder(lines, candidates, chosen.chain, diags)));
  let chain = recordsByNumber(lines, candidates, afterAgenda) ?? onesUnderAgenda(candidates) ?? afterAgenda;
  // `1. Valg af dirigent` … `5. Indkomne forslag` / a sentence / `1. Valg af bestyrelse` / `2. Eventuelt`: the list's numbering
  // started again after a paragraph put between its entries; the entries after it go on from the list.
  const goingOn = listGoingOnAfterText(lines, candidates, chain);
  if (goingOn.length > 0) {
    diags.warn('numbering-restarts-in-list', `The list's numbering starts again at 1 after a paragraph between its entries; items ${chain.length + 1} to ${chain.length + goingOn.length} are numbered on from it`, place(lines[goingOn[0]!.index]));
    chain = [...chain, ...goingOn];
  }
  // `1. Valg af dirigent` … `9. Eventuelt` / `1. Valg af dirigent` / text / `2. …` / text / (no heading 3) / `4. Regnskab` / text: the
  // records go on past a heading left out, where each later one repeats its entry's number and title.
  const pastMissing = recordsPastMissing(candidates, chain);
  if (pastMissing.length > 0) chain = [...chain, ...pastMissing];
  const byNumber = chain !== afterAgenda ? chain : null;
  // `Resume` / `Indstilling` / ` 1. Rådet godkender dagsordenen og` / ` 2. vælger en ordstyrer.` / `Beslutning` / …: numbered points
  // inside a case's blocks, the cases themselves unheaded; the cycles of the blocks are the items.
  if (chain.length > 0 && (inCaseBlocks(lines, chain) || listInCaseText(lines, candidates, chain))) chain = [];
  // The document's first list numbered 1, 2, 3 … on lines close together: an agenda's, or the items' own.
  const list = tightLists(candidates)[0] ?? [];
  // The minutes as bullets after that list, looked for only where the chain leaves room for them.
  const bulleted = () => (list.length > 0 ? bulletRecords(lines, list) : []);
  if (chain.length === 0) {
    // `Dagsorden:` / `1. Siden sidst` … `4. Evt.` / `Referat:` / `1. Niels orienterede om …`: a list too tight to be headings and records
    // too long to be titles, neither a chain alone; the records, under the list's numbers, are the items.
    const records = list.length > 0 ? minutesAfterAgenda(lines, candidates, list) : list;
    if (records !== list) chain = records;
    // The agenda, then the minutes as bullets, one for each entry.
    else if (bulleted().length > 0) chain = bulleted();
    // ` 1. Valg af dirigent. Bo Dal påtog sig opgaven` / ` 2. Bestyrelsens beretning.` / `  Formanden berettede …`: the list is the items
    // themselves, their titles the usual ones and text under half of them or more.
    else if (list.length > 0) {
      const usual = list.filter((c) => USUAL_TITLE.test(c.rest)).length;
      const withText = list.filter((c, k) => (k + 1 < list.length ? list[k + 1]!.index : Math.min(lines.length, c.index + 3)) > nextNonBlank(lines, c.index) || gluedTitle(c.rest) !== null).length;
      if (usual >= 2 && withText * 2 >= list.length) chain = list;
    }
  } else if (list[0] === chain[0] && list.length === chain.length && bulleted().length > 0) {
    // The agenda taken for the items, with the minutes after it as bullets, one for each entry.
    chain = bulleted();
  } else if (!chain.some((c) => c.unnumbered)) {
    // `1. Bo Holm valgtes til dirigent.` … `7. Eva Dal blev genvalgt som revisor` / `8. Eventuelt - intet`: a list whose entries are
    // their own records, only some of them (the short ones) chosen as headings; the whole list is the items.
    // The document's only such list; the entries added say what was done, in a sentence, which is its title and record both.
    const lists = tightLists(candidates);
    const whole = lists.length === 1 && lists[0]!.length > chain.length && chain.every((c) => lists[0]!.includes(c)) ? lists[0]! : null;
    const added = whole ? whole.filter((c) => !chain.includes(c)) : [];
    // Its first sentence is the title (`Kassereren aflagde regnskab.`), all of it the record.
    // Short entries among them are titles as they stand (`Eventuelt - intet`).
    const records = added.filter((c) => ownRecord(c.rest));
    if (whole && records.length > 0 && added.every((c) => records.includes(c) || c.rest.split(/\s+/).length <= 6)) {
      chain = whole.map((c) => (records.includes(c) && c.gluedText === undefined ? { ...c, rest: firstSentence(c.rest), gluedText: c.rest } : c));
    }
  }
  // The agenda list taken for the items, its titles repeated later as headings without numbers: those are the items.
  // The agenda's entries, headed later by a word of each title: where they are, the items' own headings (see sectionsByKey).
  const byKey = (list: Candidate[]): Candidate[] => {
    const keyed = sectionsByKey(lines, list);
    if (!keyed) return list;
    diags.info('items-by-agenda-key', `The items are headed by a word of each agenda title; numbered from the agenda`, place(lines[keyed[0]!.index]));
    return keyed;
  };
  let byTitle = sectionsByTitle(lines, chain);
  // `Dagsorden:` / `1. Godkendelse af referat` … `13. Eventuelt` / `Referat:` / `1. Godkendelse af referat` / `1. Meddelelser fra
  // formanden` / `3   Regnskab`: the records' headings, numbered wrongly or without a mark, break off the chain after the agenda;
  // the agenda's titles, coming back as headings in its order, find them (the chain's own among them).
  if (!byTitle && chain.length > 0) {
    const agendaList = tightLists(candidates).find((l) => l.at(-1)!.index < chain[0]!.index && l.length >= 3 && l.length >= chain.length * 2);
    const again = agendaList ? sectionsByTitle(lines, agendaList) : null;
    if (again && again.length > chain.length && chain.every((c) => again.some((a) => a.index === c.index))) byTitle = again;
  }
  if (byTitle) {
    diags.info('items-by-agenda-title', `The items are headed by the agenda's titles without their numbers; numbered from the agenda`, place(lines[byTitle[0]!.index]));
    chain = byTitle;
  } else if (chain.length >= 3 && chain.every((c) => c.gluedText === undefined && nextNonBlank(lines, c.index) <= c.index + 2) && chain.every((c, k) => k === 0 || lines.slice(chain[k - 1]!.index + 1, c.index).every((l) => l.blank))) {
    // Or by a word of each title (`Trampesti : …` for `Trampesti ved søen`).
    chain = byKey(chain);
  }
  if (chain.length === 0) {
    // `- Godkendelse af dagsorden` / `Beslutning` / `Godkendt.`: bullets over a case system's blocks, before its sub-points' letters are read.
    const overBlocks = bulletsOverBlocks(lines);
    if (overBlocks.length > 0) {
      chain = overBlocks;
      diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from bulleted titles over their blocks (\`Beslutning\`), numbered in order`, place(lines[chain[0]!.index]));
    }
  }
  // Headings as printed where a letter stood for the number (`a. Valg af dirigent`, `Ad. b`).
  const printedHeading = new Map<number, string>();
  let fromOther = false;
  // Numbers printed otherwise: roman numerals (`I. Valg af dirigent`, `II. Beretning`), then letters (`a.`, `Ad. b`),
  // read as numbers for a second search; the headings keep their letters as printed.
  for (const [read, code, message] of [
    [romanLines, 'items-roman', (n: number) => `The ${n} items are numbered in roman numerals`],
    [letteredLines, 'items-lettered', (n: number) => `The ${n} items are lettered (a, b, c …); numbered in order`],
  ] as const) {
    if (fromOther) break;
    // (With numbered headings found, only where they all stand under one lettered heading: `D) Aktiviteter` / `1) Arbejdsdag` …
    // are that item's points; such a heading stands above the first of them, which is cheap to ask first.)
    const numberedFirst = chain;
    if (numberedFirst.length > 0 && !lines.slice(0, numberedFirst[0]!.index).some((l) => !l.blank && OTHER_MARK_HEAD.test(l.text))) continue;
    const converted = read(lines);
    const found = converted ? findCandidates(converted) : [];
    // The agenda and its records by letter (`a. Valg af dirigent` … `Ad. a` / `Jørgen Holm blev valgt.`) as by number.
    const afterOther = converted ? minutesAfterAgenda(converted, found, chooseChain(found).chain) : [];
    const otherChain = converted ? (recordsByNumber(converted, found, afterOther) ?? afterOther) : [];
    if (otherChain.length < 2) {
      // `a) Valg af dirigent` … `h) Eventuelt`, one under another, nothing numbered: an agenda lettered, read as one numbered
      // (its entries' letters kept as printed), for the agenda's own reading below.
      // (Right under the words that announce it, `Dagsorden for generalforsamlingen er:`; a case's lettered points are no agenda.)
      const tight = chain.length === 0 && converted && read === letteredLines ? tightLists(found)[0] : undefined;
      const above = tight ? prevNonBlank(lines, tight[0]!.index) : -1;
      const announced = above >= 0 && tight![0]!.index - above <= 2 && (AGENDA_LABEL.test(lines[above]!.text.trim()) || AGENDA_SAID.test(lines[above]!.text.trim()) || AGENDA_TOLD.test(lines[above]!.text));
      if (tight && announced && tight.length >= 3 && tight[0]!.number === 1 && !inCaseBlocks(converted!, tight)) {
        for (const c of tight) {
          printedHeading.set(c.index, lines[c.index]!.text);
          lines[c.index] = converted![c.index]!;
        }
        candidates = found;
        fromOther = true;
        diags.info(code, message(tight.length), place(lines[tight[0]!.index]));
      }
      continue;
    }
    if (numberedFirst.length > 0 && !pointsUnderOne(numberedFirst, otherChain, lines)) continue;
    // `a.` … `i.` inside a case's Problemstilling, on a page of one case: points, no items (and the lines left as printed).
    if (inCaseBlocks(converted!, otherChain)) continue;
    for (const c of otherChain) {
      printedHeading.set(c.index, lines[c.index]!.text);
      lines[c.index] = converted![c.index]!;
    }
    candidates = found;
    chain = otherChain;
    fromOther = true;
    diags.info(code, message(chain.length), place(lines[chain[0]!.index]));
  }
  // An agenda list numbered again from 1 part of the way (`1.` `1.` `2.` …), then records `Ad 1` … `Ad n`, one for each of its
  // entries: the entries numbered by their place, the records the items (the lines keep their numbers as printed).
  if (!fromOther) {
    const list = renumberedList(lines);
    const renumbered = list?.lines ?? null;
    const found = renumbered ? findCandidates(renumbered) : [];
    // The agenda is the list's entries, numbered by their place, where each was found as a heading; else the best chain.
    const entries = found.filter((c) => list!.entries.includes(c.index));
    const agendaChain = !renumbered ? [] : entries.length === list!.entries.length && entries.every((c, k) => c.number === k + 1) ? entries : chooseChain(found).chain;
    const afterAgenda = renumbered ? minutesAfterAgenda(renumbered, found, agendaChain) : [];
    // (Records numbered as the entries, not by `Ad`: the minutes after the agenda.)
    const byNumber = renumbered ? (recordsByNumber(renumbered, found, afterAgenda) ?? (afterAgenda !== agendaChain ? afterAgenda : null)) : null;
    if (renumbered && byNumber && byNumber.length >= 3) {
      renumbered.forEach((l, i) => {
        if (l !== lines[i]) {
          printedHeading.set(i, lines[i]!.text);
          lines[i] = l;
        }
      });
      candidates = found;
      chain = byNumber;
      diags.info('items-renumbered', `The agenda's numbers restart part of the way; its entries are numbered by their place, as the ${byNumber.length} records (Ad 1, Ad 2, …) refer to them`, place(lines[chain[0]!.index]));
    }
  }
  // An agenda of unnumbered lines whose titles return as headings (`Dagsorden:` / `Beretning` … `Beretning:`): those are the items.
  let plainAgenda: AgendaEntry[] = [];
  if (chain.length <= 2) {
    const found = unnumberedAgenda(lines);
    if (found && found.chain.length > chain.length) {
      chain = found.chain;
      plainAgenda = found.entries;
      diags.info('items-by-agenda-title', `The items are headed by the agenda's titles; numbered by their place in it`, place(lines[chain[0]!.index]));
    }
  }
  // `Valg af dirigent` / `Valg af referent` / … / `Evt.` unnumbered, then `Ad 1. Valg af dirigent: …`, `Ad 2. Valg af referent: …`:
  // the list above is the agenda, numbered by place; its entries not recorded (a copy cut short) are items all the same.
  if (plainAgenda.length === 0) {
    const above = unnumberedListAbove(lines, chain);
    if (above.length > 0) {
      plainAgenda = above;
      diags.info('agenda-unnumbered', `The agenda above the records is an unnumbered list of ${above.length} entries whose first titles the records repeat; numbered by place`, place(lines[above[0]!.index]));
    }
  }
  if (chain.length === 0) {
    // No numbered headings (a web page printed without its titles): items by their case numbers over their blocks.
    chain = untitledItems(lines);
    if (chain.length > 0) {
      diags.warn('items-untitled', `Found no numbered item headings; took ${chain.length} item${chain.length === 1 ? '' : 's'} from ${chain.length === 1 ? 'its case-number line' : 'their case-number lines'}, without titles`, place(lines[chain[0]!.index]));
    }
  }
  // `• Status på tiderne. Eva efterlyser skemaet.` / `  1. Resumé af mødet.`: a lone numbered line set further in right under a
  // bullet is a point of it, no item (the bullets are read below).
  if (chain.length === 1 && !chain[0]!.unnumbered && setUnderBullet(lines, chain[0]!.index)) chain = [];
  if (chain.length <= 1) {
    // Long numbered paragraphs in sequence, their titles running into their text (over a lone entry the chain took, a comment's `1.`).
    const run = paragraphRun(lines, candidates);
    // (Not where the lone entry records one of the paragraphs, its title repeated: an agenda's list and its first record.)
    const twin = chain.length === 1 ? run.find((c) => c.number === chain[0]!.number) : undefined;
    const recordsTwin = twin !== undefined && [plainTitle(twin.rest), plainTitle(chain[0]!.rest)].some((t, k, both) => t.length >= 4 && both[1 - k]!.startsWith(t.slice(0, 12)));
    if (run.length > 0 && (chain.length === 0 || (run.length >= MIN_RUN_OVER_ONE && run[run.length - 1]!.index < chain[0]!.index && !recordsTwin))) {
      chain = run;
      diags.info('items-paragraphs', `Took ${chain.length} items from numbered paragraphs in sequence; their titles run into their text`, place(lines[chain[0]!.index]));
    }
  }
  if (chain.length === 0) {
    // Lines that each open with the next number, whatever their mark or case, with what was said on each.
    chain = numberedLines(lines);
    if (chain.length > 0) diags.info('items-numbered-lines', `Took ${chain.length} items from lines that open with the next number in turn, each with its record`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // `1:` / `Vi har talt om budgettet …` / `2:` / …: numbers alone, each over what was done.
    chain = bareNumberRecords(lines, candidates);
    if (chain.length > 0) diags.info('items-told', `Took ${chain.length} items from numbers alone on their lines, each over a record of what was done; the items are untitled`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // `DAGSORDEN` / `Valg af dirigent.` / `Bestyrelsens beretning.` / … in a report with no headings: the agenda is the items.
    const found = unnumberedAgenda(lines, true);
    if (found) {
      chain = found.chain;
      plainAgenda = found.entries;
      diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from the agenda's unnumbered list, numbered in order`, place(lines[chain[0]!.index]));
    }
  }
  if (chain.length === 0) {
    // No numbers at all (a small association's minutes): items by their titles ending in a colon.
    chain = labelledItems(lines);
    // The paragraphs' first lines as titles, where they hold every labelled title and more (`Valg af formand.` among
    // `Valg af referent`, `Eventuelt`): one reading of the layout that explains the whole of it.
    const paragraphs = chain.length > 0 ? headedParagraphs(lines, layout) : [];
    if (paragraphs.length > chain.length && chain.every((c) => paragraphs.some((p) => p.index === c.index))) chain = paragraphs;
    // `• Note: …` / `• Hvor: …` / `Dagsorden:` / `• Valg af dirigent` / …: bullets above the agenda's label are the notice, the agenda's bullets the items.
    if (chain.length > 0) {
      // (Read on a copy of the lines, which the agenda's reading marks; taken, the marked lines are the document's.)
      const marked = lines.slice();
      const agenda = bulletAgenda(marked);
      const inAgenda = (c: Candidate) => agenda.some((a) => a.index === c.index);
      if (agenda.length >= MIN_LABELLED && agenda.every((a) => chain.some((c) => c.index === a.index)) && chain.some((c) => !inAgenda(c)) && chain.every((c) => inAgenda(c) || c.index < agenda[0]!.index)) {
        marked.forEach((l, i) => (lines[i] = l));
        chain = agenda;
      }
    }
    // `Sagsfremstilling` / `Godkendelse af dagsorden` / `Beslutning` / …: short lines that all stand inside a case's text, in a case
    // system's cycles of blocks, are that text; the cycles make the items (below).
    if (chain.length > 0 && chain.every((c) => insideCaseText(lines, c.index)) && blockCycles(lines).length >= 2) chain = [];
    if (chain.length > 0) {
      diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from unnumbered headings (a title and a colon, a bullet or a full stop), numbered in order`, place(lines[chain[0]!.index]));
    }
  }
  if (chain.length === 0) {
    // No numbers: a case system's blocks in cycles, a decision ending each, are the items before any reading of short lines as titles.
    chain = blockCycles(lines);
    if (chain.length > 0) diags.warn('items-untitled', `Found no item headings; took ${chain.length} items from the cycles of their blocks (each ending with a decision), without titles`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // `Mødedato: …` / `Mødested: …` / `Bydelsplanen 2031 – aftenmøde` / `Indstilling` / … / `Beslutning`: a portal's page of one case.
    chain = singleCase(lines);
    if (chain.length > 0) diags.info('items-one-case', chain[0]!.untitled ? 'The page is one case, printed without its title over its blocks' : 'The page is one case: its title is the line over its blocks', place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // `12.00 – Velkomst` / `12.05 – Valg af ordstyrer` / …: a programme by the clock, each time an item.
    chain = timedEntries(lines);
    if (chain.length > 0) diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from the programme's times, numbered in order`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // `DAGSORDEN` / `Åbent møde:` / `• Budget` / `• Skolevej` / `Lukket møde:` / `• Salg af grund`: an agenda of bullets (before short lines are read as titles).
    chain = bulletAgenda(lines);
    if (chain.length > 0) diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from the agenda's bulleted list, numbered in order`, place(lines[chain[0]!.index]));
    if (chain.length >= 3) chain = byKey(chain);
  }
  if (chain.length === 1) {
    // One numbered line (`Punkt 6 på dagsordenen udgik.`) among paragraphs opened by the usual titles: it keeps its place among them.
    const paragraphs = runInParagraphTitles(lines);
    if (paragraphs.some((c) => c.untitled && c.index === chain[0]!.index && c.number === chain[0]!.number)) {
      chain = paragraphs;
      diags.warn('items-unnumbered', `Found one numbered item heading; took ${chain.length} items from the paragraphs opened by the usual titles around it, numbered in order`, place(lines[chain[0]!.index]));
    }
  }
  if (chain.length === 0) {
    // Headings of a Word document, a web page or Markdown without numbers (`## Budget` / text / `## Skolevej` / …): the items.
    chain = headedItems(lines);
    if (chain.length === 0) chain = paragraphTitles(lines);
    if (chain.length === 0) chain = headedParagraphs(lines, layout);
    if (chain.length === 0) chain = runInParagraphTitles(lines);
    // (Three titled paragraphs, last: `Resume – bestyrelsesmøde …` / three titles over their text / the next meeting's head.)
    if (chain.length === 0) chain = headedParagraphs(lines, layout, true);
    // Paragraphs that are people (`Ove Dal, Holmby Kommune` one a paragraph under `Følgende var mødt:`) are a list of those
    // present, not items: where most of the lines read so are, none is taken.
    if (chain.filter((c) => looksLikeName(notesOf(c.rest.split(/\s*,\s*/u)[0]!).rest)).length * 2 > chain.length) chain = [];
    if (chain.length > 0) diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from the document's headings at one level, or its short lines set in bold over plain text, numbered in order`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // ` • Valg af dirigent.` / `Bo Dal blev valgt.` / ` • Formandens beretning.` / …: bulleted titles, each over its text.
    chain = bulletedTitles(lines);
    if (chain.length > 0) diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from bulleted titles over their text, numbered in order`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // `Valg af dirigent` / ` • Valget faldt på …` / `Beretning` / ` • Formanden gennemgik …`: titles, each over its points.
    chain = titlesOverBullets(lines);
    if (chain.length > 0) diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from unbulleted titles over bulleted points, numbered in order`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // No headings and no case numbers: the case system's blocks in cycles, a decision ending each item.
    chain = blockCycles(lines);
    if (chain.length > 0) diags.warn('items-untitled', `Found no item headings; took ${chain.length} items from the cycles of their blocks (each ending with a decision), without titles`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // `Valg af dirigent` / `Bo Dal blev valgt.` / `Bestyrelsens beretning` / the report …: a general assembly's opening items on lines
    // of their own (a copy cut after two or three of them), each over what was said.
    chain = openingItems(lines);
    if (chain.length > 0) diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from a general assembly's usual titles, the first the election of its chair, numbered in order`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // `• Valg af dirigent` / `• Bestyrelsens beretning` / `• Regnskab` / … / `• Eventuelt` under no label: a general assembly's usual agenda as bullets.
    chain = usualBulletList(lines);
    if (chain.length > 0) diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from a bulleted list of a general assembly's usual items, numbered in order`, place(lines[chain[0]!.index]));
  }
  if (chain.length === 0) {
    // A portal's page of one item (`Evt.` / what was said): the page's first line is the usual item's title, alone over its record.
    const first = nextNonBlank(lines, -1);
    const under = first < lines.length ? nextNonBlank(lines, first) : lines.length;
    // Or ending in what was resolved (`Meddelelser` / `Fra formanden` / `– …` / `Taget til efterretning.`).
    let last = lines.length - 1;
    while (last > first && lines[last]!.blank) last--;
    const resolved = last > under && outcomeOf(lines[last]!.text.trim()) !== null && lines[last]!.text.trim().split(/\s+/).length <= 12;
    if (first < lines.length && under < lines.length && LONE_ITEM_TITLE.test(lines[first]!.text.trim()) && (lines[under]!.text.trim().split(/\s+/).length >= 5 || resolved)) {
      chain = [{ index: first, number: 1, pattern: 'punkt', rest: lines[first]!.text.trim().replace(/:$/, ''), score: 0, unnumbered: true }];
      diags.warn('items-unnumbered', 'Found no numbered item headings; the page is one item, titled by its first line', place(lines[first]));
    }
  }
  // `1. Valg af dirigent` / text / `• Formandens beretning` / text …: a list numbered at its first entry only; its bullets go on.
  // With no chain, a lone first entry (`1. Godkendelse af referat: …` / `• Orientering fra formand: …`) may start one.
  const lone = chain.length > 0 ? undefined : candidates.find((c) => c.number === 1 && c.pattern !== 'punkt' && /^\p{Lu}/u.test(c.rest));
  // (`1. Til dirigent valgtes Bo Dal.` / `2. Formanden fortalte om året.` / `• Kassereren fremlagde regnskabet …`: two told entries numbered, the rest bullets.)
  const second = lone && TOLD_ENTRY.test(lone.rest) ? candidates.find((c) => c.number === 2 && c.index > lone.index && c.pattern === lone.pattern && TOLD_ENTRY.test(c.rest)) : undefined;
  const seed = chain.length > 0 ? chain : lone ? (second ? [lone, second] : [lone]) : [];
  const going = bulletsGoingOn(lines, seed);
  if (going.length > 0 && chain.length === 0) chain = seed;
  if (going.length > 0) {
    diags.info('items-bulleted-after-number', `Items ${going[0]!.number} to ${going[going.length - 1]!.number} are bullets going on from the numbered item before them; numbered in order`, place(lines[going[0]!.index]));
    chain = [...chain, ...going];
  } else if (renumbered) {
    const whole = bulletsAmongOnes(lines, chain);
    if (whole !== chain) {
      diags.info('items-bulleted-among-ones', `The list numbers some entries 1 again and again and bullets the others; its ${whole.length} entries are numbered by their place`, place(lines[whole[0]!.index]));
      chain = whole;
    }
  }
  if (chain.length === 0) {
    // `Dagsorden:` / `Godkendelse af referat` / `Godkendt` / `Meddelelser fra formanden` / what was told …: where nothing else reads
    // as items, two or more of the usual titles alone on their lines, each over text of its own, are the items whatever comes first.
    // (A document that names its meeting on one of its first lines: a newsletter's headings `Regnskab`, `Kontingent` are none.)
    if (lines.filter((l) => !l.blank).slice(0, 5).some((l) => NAMES_MEETING.test(l.text))) chain = openingItems(lines, true);
    if (chain.length > 0) diags.warn('items-unnumbered', `Found no numbered item headings; took ${chain.length} items from the usual titles alone on their lines, each over its text, numbered in order`, place(lines[chain[0]!.index]));
  }
  // `Punkt 4: Bestyrelsesmøder` / … / `Evt:` / text: the usual last item, unnumbered after the numbered ones.
  const closing = closingItem(lines, chain);
  if (closing) chain = [...chain, ...closingBlocks(lines, chain, closing), closing].sort((a, b) => a.index - b.index);
  chain = dashedRecords(proseRecords(lines, chain));
  // `KOM 19-027 …` / `KOM 19-028 …`: items headed by the year's running case numbers are numbered by their place in the list.
  if (chain.length >= 2 && chain.every((c) => c.numberAt === undefined && YEAR_CASE_PREFIX.test(singleNumber(lines[c.index]!.text.trim())))) chain = chain.map((c, k) => ({ ...c, number: k + 1 }));
  // `Titel` / `Forside` / `Sagsfremstilling` …: a case system's front page, printed as a case of its own, is no item.
  if (chain.length >= 2 && chain.some((c) => FRONT_PAGE.test(c.rest.trim()))) {
    chain = chain.filter((c) => !FRONT_PAGE.test(c.rest.trim()));
    if (chain.every((c) => c.unnumbered || c.untitled)) chain = chain.map((c, k) => ({ ...c, number: k + 1 }));
  }
  // `Den nye formand opridsede bestyrelsens opgaver således:` / `1. Flere medlemmer.` / `2. …`: the document's only numbered list,
  // led in by a sentence of its text that ends in a colon, each entry a sentence of its own and nothing under any of them, is a
  // list inside that text (aims, points of a report), not the meeting's items.
  if (chain.length >= 2 && listInText(lines, chain, candidates)) {
    diags.info('items-list-in-text', `The only numbered list (${chain.length} entries) is led in by a sentence ending in a colon and lists sentences; read as a list in the text, not as items`, place(lines[chain[0]!.index]));
    chain = [];
  }
  // An agenda list before the items (`1) Vejbelysning`) titles items headed by their number alone (`Ad. 1`).
  const listed = new Map<number, string>();
  // (Not a candidate whose line has since been taken out of the text: a number alone over its record.)
  for (const c of candidates) if (chain.length > 0 && c.index < chain[0]!.index && c.rest !== '' && !lines[c.index]!.blank && !listed.has(c.number)) listed.set(c.number, c.rest);
  // `Dagsordenen var følgende:` / `- Valg af dirigent` / `- Valg af referent` / … / `Ad pkt. 1`: a bulleted agenda's entries,
  // by their place in it, title the records headed by their number alone.
  if (listed.size === 0 && chain.length >= 2 && chain.every((c) => c.rest === '' && RECORD_BY_NUMBER.test(lines[c.index]!.text))) {
    // (A line or two may stand between, `Formanden bød velkommen.`; bullets further in are an entry's parts.)
    let end = prevNonBlank(lines, chain[0]!.index);
    for (let k = 0; k < 3 && end >= 0 && !LIST_BULLET.test(lines[end]!.text); k++) end = prevNonBlank(lines, end);
    const run: number[] = [];
    for (let i = end; i >= 0 && !lines[i]!.blank && LIST_BULLET.test(lines[i]!.text); i--) run.unshift(i);
    const outermost = Math.min(...run.map((i) => lines[i]!.indent ?? 0));
    const bullets = run.filter((i) => (lines[i]!.indent ?? 0) === outermost).map((i, k) => ({ number: k + 1, rest: lines[i]!.text.replace(LIST_BULLET, '').trim().replace(/[.:]$/u, ''), index: i }));
    if (bullets.length >= 3 && bullets.length >= Math.max(...chain.map((c) => c.number))) {
      for (const b of bullets) listed.set(b.number, b.rest);
      // (Its entries no record follows, a copy cut short, are items all the same.)
      if (plainAgenda.length === 0) plainAgenda = bullets;
    }
  }
  // `Emner til mødet er:` / `Ny klasseinddeling` / `Udstillingsmateriale` / … / `REFERAT:` / `Punkt 1:` / text: the agenda's unmarked
  // lines under the words that introduce it, by their place, title the records headed by their number alone.
  // (Or records told after the number, `Ad: 1. Formanden bød velkommen …`, under an agenda told as lines each a paragraph of its own,
  // perhaps each ended by a full stop: `… med følgende dagsorden.` / `Valg af dirigent.` / `Bestyrelsens beretning.` / ….)
  const untitledRecord = (c: Candidate) =>
    RECORD_BY_NUMBER.test(lines[c.index]!.text) && (NUMBER_ALONE_HEADING.test(lines[c.index]!.text.trim()) || (/^\s*Add?\b/iu.test(lines[c.index]!.text) && !USUAL_TITLE.test(c.rest) && (outcomeOf(c.rest) !== null || (/[.!:]$/u.test(c.rest) && (c.rest.split(/\s+/u).length >= 4 || FINITE_VERB.test(c.rest) || RECORDED_VERB.test(c.rest))) || (c.rest.split(/\s+/u).length >= 5 && /^(?:Der|Det|Den|Vi)\s/u.test(c.rest) && FINITE_VERB.test(c.rest)))));
  // (Four records or more, one may open with a usual title's word and say what became of it: `Ad 1: Valg overstået.`.)
  const recordsUntitled = chain.filter(untitledRecord).length;
  if (listed.size === 0 && chain.length >= 2 && (recordsUntitled === chain.length || (chain.length >= 4 && recordsUntitled === chain.length - 1))) {
    const intro = lines.findIndex((l, i) => i < chain[0]!.index && !l.blank && (AGENDA_LABEL.test(l.text.trim()) || AGENDA_SAID.test(l.text.trim()) || AGENDA_TOLD.test(l.text) || TOPICS_INTRO.test(l.text.trim())));
    const entries: AgendaEntry[] = [];
    let spaced = false;
    let stopped = false;
    for (let i = intro + 1; intro >= 0 && i < chain[0]!.index; i++) {
      // (Its entries may be bullets a blank line apart: `• Valg af dirigent` / blank / `• Formandens beretning`; a bullet's title may be longer.)
      const bullet = LIST_BULLET.test(lines[i]!.text.trim());
      const t = lines[i]!.text.trim().replace(LIST_BULLET, '');
      if (lines[i]!.blank) {
        if (entries.length > 0) spaced = true;
        continue;
      }
      // (The minutes' own label below the agenda, `REFERAT:`, ends it.)
      if (AGENDA_LABEL.test(t) || /^(?:Referat|Beslutningsreferat|Mødereferat)\s*:?$/iu.test(t) || isBlockHeadingLine(t)) break;
      // `Valg af:` / `Kasserer og et medlem. På valg er …` / `2 suppleanter. …`: the lines under an entry ended by a colon are its parts,
      // up to a usual title or the closing entry.
      const last = entries[entries.length - 1];
      if (last !== undefined && /:$/u.test(lines[last.index]!.text.trim()) && !USUAL_TITLE.test(t) && !CLOSING_TITLE.test(t)) continue;
      // `Forslag fra medlemmerne. (Skal sendes til formanden …)`, `Valg af revisor. Bo Dal er på valg.`: a short title's sentence, then a note.
      const noted = /^(\p{Lu}[^.!?:]{3,60}?[\p{L}\d)])\.\s+[(\p{Lu}]/u.exec(t);
      const title = noted && noted[1]!.split(/\s+/u).length <= 8 && !FINITE_VERB.test(noted[1]!) ? noted[1]! : t;
      const words = title.split(/\s+/u).length;
      // (A title with no verb may be longer: `Bestyrelsens beretning om klubbens virksomhed i det forløbne år.`.)
      const verbless = !FINITE_VERB.test(title) && !RECORDED_VERB.test(title);
      // (A bullet marks its entry: a short one may end in `!` (`- Siden sidst – kort!`), a verbless one run to 28 words.)
      if (words > (bullet ? (verbless ? 28 : 16) : verbless ? 14 : 10) || (/[!?]$/u.test(title) && !(bullet && words <= 6 && /!$/u.test(title))) || (/\.$/u.test(title) && ((words > 8 && !verbless) || ABBREVIATION_END.test(title))) || !/^\p{Lu}/u.test(title)) {
        stopped = true;
        break;
      }
      entries.push({ number: entries.length + 1, rest: title.replace(/[:.]$/u, ''), index: i });
    }
    // Lines apart count only where they fill the whole stretch down to the records.
    if (spaced && stopped) entries.length = 0;
    if (entries.length >= 3 && entries.length >= Math.max(...chain.map((c) => c.number))) {
      for (const e of entries) listed.set(e.number, e.rest);
      // (Its entries no record follows are items all the same.)
      if (plainAgenda.length === 0) plainAgenda = entries;
    }
  }
  if (renumbered) {
    diags.warn('numbering-repeated', `The item headings are numbered 1 again and again (automatic numbering lost, or a list cut into short ones); the ${chain.length} items are numbered in order`, place(lines[chain[0]!.index]));
  }
  // The agenda printed before the items, matched to them: an entry no item records is an item all the same.
  const agenda = plainAgenda.length > 0 ? plainAgenda : agendaEntries(lines, candidates, chain);
  const agendaNumbers = new Set(agenda.map((e) => e.number));
  for (const [a, b] of gaps) {
    let filled = true;
    for (let n = (a.through ?? a.number) + 1; n < b.number; n++) filled &&= agendaNumbers.has(n);
    if (filled) continue;
    diags.warn('numbering-gap', `Item ${b.number} follows item ${a.number}: item numbers skip ${b.number - a.number - 1}`, place(lines[b.index]));
  }
  // A case number printed just above a heading (`Sagnr.: 1-51-71-3321-08`) belongs to that item.
  const caseAbove = chain.map((c) => {
    const p = prevNonBlank(lines, c.index);
    return p >= 0 && c.index - p <= 3 && CASE_NUMBER.test(lines[p]!.text) ? p : -1;
  });
  // With no items found, the header is the top of the document, not all of it (a date in the text far below is no meeting date).
  const headerEnd = chain.length > 0 ? (caseAbove[0]! >= 0 ? caseAbove[0]! : chain[0]!.index) : Math.min(lines.length, HEADER_WITHOUT_ITEMS);
  const header = parseHeader(lines.slice(0, headerEnd), diags);
  const participants = parseParticipants(header.groups);
  const meeting = header.meeting;
  // The meeting's title naming who held it (`Referat af generalforsamling i Holmby Roklub`) says it best.
  // (A title broken after its `i`, `for` or dash is read with the line under it.)
  const titleLines = lines.slice(0, Math.min(headerEnd, 40)).filter((l) => !l.blank).slice(0, 8);
  // (Or broken before it: `Referat af generalforsamling` / `i Holmby Lokalhistoriske Forening`.)
  const brokenAt = (k: number) => k + 1 < titleLines.length && (/\s(?:i|for|[-–])$/u.test(titleLines[k]!.text) || (/^(?:i|for)\s+\p{Lu}/u.test(titleLines[k + 1]!.text.trim()) && /(?:møde|generalforsamling)$/iu.test(titleLines[k]!.text.trim())));
  const titleBodies = titleLines.map((l, k) => bodyInMeetingTitle(brokenAt(k) ? `${l.text} ${titleLines[k + 1]!.text.trim()}` : l.text)).filter((b): b is string => b !== null);
  // (A town alone, `Referat generalforsamling 2031 - Holmby`, gives way to the fuller name a later title line gives: `… i Lokalhistorisk Forening for Holmby`.)
  const first = titleBodies[0];
  const fuller = first !== undefined && !/\s/u.test(first) ? titleBodies.slice(1).find((b) => b.split(/[^\p{L}\d]+/u).includes(first)) : undefined;
  const titleBody = fuller ?? titleBodies[0] ?? null;
  if (titleBody !== null) {
    // (`Repræsentantskabsmøde i SIS` / `… kl. 18 i Borgerforeningen`: the other organisation is the house it met in.)
    if (header.bodyWhereHeld !== null && meeting.body === header.bodyWhereHeld && !sharesWord(titleBody, header.bodyWhereHeld)) meeting.location ??= header.bodyWhereHeld;
    meeting.body = titleBody;
  }
  // `A. Åbning af generalforsamlingen`: an agenda's entry, with its mark, names no body.
  if (meeting.body !== null && ENTRY_MARK.test(meeting.body)) meeting.body = null;
  const letterheadBody = lh.letterheads.find((l) => l.body)?.body ?? null;
  // Each later source is read only where the earlier ones gave no name (see yieldsBody; after the kind of meeting is read, a name once shaped).
  const offerBody = (read: () => string | null, shapedOnly = true) => {
    if (meeting.body !== null) return;
    const found = read();
    if (found !== null && (shapedOnly ? shapeBody(found) !== null : yieldsBody(found))) meeting.body = found;
  };
  offerBody(() => letterheadBody ?? bodyFromLetterhead(doc.letterhead?.lines.map((l) => l.text) ?? []), false);
  // `Velkommen hos Holmby Old Boys`: a web page's greeting at the top names whose page it is.
  offerBody(() => lines.slice(0, Math.min(headerEnd, 6)).map((l) => l.text.trim()).find((t) => WELCOME_LEAD.test(t) && t.length <= 80)?.replace(WELCOME_LEAD, '') ?? null);
  // A kind of meeting (`Bestyrelsesmøde 27`, `Generalforsamling 2022`) or a web page's chrome names no body; an organisation's name at the top may.
  const kindOfMeeting = meeting.body !== null && !namesABody(meeting.body) ? meeting.body : null;
  if (kindOfMeeting !== null) meeting.body = bodyInMeetingWord(kindOfMeeting);
  // A body read with the title word in it (`ÅBEN DAGSORDEN ØKONOMIUDVALG`) is the committee beside that word.
  if (meeting.body !== null && /\b(?:referat|dagsorden)\b/iu.test(meeting.body)) meeting.body = committeeBesideTitle([{ text: meeting.body, blank: false, line: 0, page: null }]) ?? meeting.body;
  offerBody(() => committeeBesideTitle(lines.slice(0, Math.min(headerEnd, 12))));
  if (meeting.body !== null) meeting.body = namedAbove(meeting.body, lines.slice(0, Math.min(headerEnd, 12)));
  offerBody(() => organisationLine(lines.slice(0, headerEnd)));
  offerBody(() => header.bodyOfMeeting);
  // `Forvaltningen indstiller, at Sundhedsudvalget tager orienteringen til efterretning`, `1. at Holmby Lokaludvalg godkender
  // dagsordenen`: a case system's recommendation names the committee that decides it, the one whose minutes these are.
  offerBody(() => recommendedBody(lines.slice(0, 400)));
  if (meeting.body !== null) meeting.body = tidyBody(meeting.body);
  // `Skakklubben` where the minutes name `Holmby Skakklub`: the body's full name.
  if (meeting.body !== null) meeting.body = fullerName(meeting.body, lines.slice(0, Math.max(headerEnd, 6)));
  meeting.chair ??= markedChair(participants);
  // The one listed as the chair (`Formand Bo Dal, …`) gives way to a dirigent or ordstyrer elected in the items (below).
  const listedChair = meeting.chair === null ? groupChair(participants) : null;
  seatChair(meeting.chair, participants);

  // A decision heading among the items makes the document minutes (the header's `Byrådet den 3. maj 2012` does not).
  const itemsFrom = chain.length > 0 ? chain[0]!.index : 0;
  const anyDecision = lines.some((l, i) => !l.blank && (blockKind(l.text) === 'decision' ? i >= itemsFrom || !BODY_MEETING_DATE.test(withoutEndColon(l.text)) : inlineBlock(l.text)?.kind === 'decision'));
  // A notice with its agenda, then `Referat af: Ordinær generalforsamling …` over what was done: the minutes of that meeting.
  const agendaAt = candidates[0]?.index ?? lines.length;
  const minutesTitledBelow = lines.some((l, i) => i > agendaAt && (MINUTES_TITLE_BELOW.test(l.text.trim()) || (MINUTES_OF_BODY_BELOW.test(l.text.trim()) && !FINITE_VERB.test(l.text))));
  // `Dagsorden ved ordinær generalforsamling:` over items with what was done under them (`Talen blev indledt med …`): the minutes, headed by the agenda.
  // What stands from an entry's line (or the line after it) to the next entry's.
  const spanText = (list: Candidate[], k: number, from: number) => lines.slice(list[k]!.index + from, k + 1 < list.length ? list[k + 1]!.index : lines.length).filter((l) => !l.blank).map((l) => l.text).join(' ');
  const toldInThePast = () => {
    const pastTense = chain.map((c, k) => {
      const text = `${c.gluedText ?? ''} ${spanText(chain, k, 1)}`.trim();
      return text.length >= 40 ? [...text.matchAll(TOLD_PAST_WIDE)].length + [...text.matchAll(CHORE_TOLD)].length : 0;
    });
    const recordedUnder = pastTense.filter((n) => n > 0).length;
    if ((recordedUnder >= 2 && recordedUnder * 2 >= chain.length) || pastTense.some((n) => n >= 4)) return true;
    // Or in the present, what was resolved on a line of its own under most entries, three or more (`Bo Dal er valgt som dirigent`,
    // `Beretningen godkendt uden kommentarer`, `Vedtægterne godkendes med denne ændring`).
    const resolvedUnder = chain.filter((c, k) => lines.slice(c.index + 1, k + 1 < chain.length ? chain[k + 1]!.index : lines.length).some((l) => !l.blank && l.text.length <= 200 && outcomeOf(l.text.trim()) === 'approved')).length;
    return resolvedUnder >= 3 && resolvedUnder * 2 >= chain.length;
  };
  // Untitled, the same tells minutes (`Medlemsmøde 24. marts 2031` / `EU-forslagene. Vi fulgte …`).
  // (Not a case system's page: its case texts tell the case's history in the past.)
  const untitledRecords = () => header.documentTitle === null && !lines.some((l) => !l.blank && isBlockHeadingLine(l.text));
  // (Nor an agenda whose cases carry their history, summary or recommendation under headings: `Sagsfremstilling` / `Kontakt-
  // udvalget nedsatte på sit møde …` is background, not what this meeting did.)
  // (`Det indstilles, at …` opens a recommendation where no heading does.)
  let caseTextsFound: boolean | undefined;
  const caseTexts = () => (caseTextsFound ??= lines.some((l) => !l.blank && ((isBlockHeadingLine(l.text) && ['background', 'summary', 'recommendation'].includes(blockKind(l.text) ?? '')) || RECOMMENDATION_OPENER.test(l.text.trim()))));
  const agendaOfCases = () => header.documentTitle === 'dagsorden' && !anyDecision && caseTexts();
  const recordsUnderAgenda = (header.documentTitle === 'dagsorden' || untitledRecords()) && !agendaOfCases() && toldInThePast();
  // `Dagsorden:` / `1. Godkendelse af referat` … / `Pkt. 1 Referatet blev godkendt.`: records by the agenda's numbers that tell what was done.
  const recordsByTheNumbers = () =>
    byNumber !== null &&
    byNumber.filter((_c, k) => {
      const text = spanText(byNumber, k, 0);
      return RECORDED_VERB.test(text) || outcomeOf(text) !== null;
    }).length >= 2;
  // (Or the agenda's numbers again over records in words of their own: `4. Gik godt …` under `4. Holmby Cup`.)
  // `Onsdag den 18. maj blev der afholdt generalforsamling i …` / `Til dirigent valgtes …`: with no items, a meeting told as
  // held, and two things or more told as done at it, is a report of that meeting: its minutes.
  // (Or, with three things or more told as done, a meeting named with its day in the first lines: `Medlemsmøde i Holmby Krocket
  // Mandag den 29. januar kl. 13.00 …` / `Formanden bød velkommen …`.)
  const narratedMeeting = () => {
    if (chain.length > 0 || header.documentTitle !== null) return false;
    const text = lines.slice(0, 400).filter((l) => !l.blank).map((l) => l.text).join(' ');
    const done = [...text.matchAll(DONE_AT_MEETING)].length;
    if (MEETING_HELD_PAST.test(text) && done >= 2) return true;
    const top = lines.filter((l) => !l.blank).slice(0, 5);
    return done >= 3 && top.some((l) => /(?:møde|generalforsamling)(?:en|t)?(?!\p{L})/iu.test(l.text) && findDate(l.text) !== null);
  };
  // `… Evt.` / `Ref. Bo Dal`: the one who took the minutes signs them at the end, after the last item.
  const signedByReferent = () => {
    if (chain.length < 2) return false;
    const last = chain[chain.length - 1]!.index;
    return lines.filter((l, i) => i > last && !l.blank).slice(-4).some((l) => REFERENT_SIGN_OFF.test(l.text.trim()));
  };
  const documentType = header.documentTitle === 'referat' || anyDecision || minutesTitledBelow || recordsUnderAgenda || narratedMeeting() || (recordsByTheNumbers() && !agendaOfCases()) || chain.some((c) => c.agendaRecord === true) || signedByReferent() ? 'referat' : header.documentTitle;
  const isMinutes = documentType === 'referat';
  // `1. Der har været en henvendelse fra …` / `2. Bo Holm har skrevet et forslag …`: where most numbered entries open with a
  // sentence of what was done, the entries have no titles; the sentences are their records.
  // (An entry headed by its own line: not already split, unnumbered, untitled or numbered apart from its title.)
  const headed = (c: Candidate) => c.gluedText === undefined && !c.unnumbered && !c.untitled && c.numberAt === undefined;
  // (Not a title of a few words without a verb, then a colon and the sentence: `Byggesagen: Undersøgelserne er gået i gang.`)
  const titleThenColon = (t: string) => {
    const m = /^(\p{Lu}[^:;.!?]{2,70}?):\s+\S/u.exec(t);
    return m !== null && m[1]!.split(/\s+/u).length <= 8 && !FINITE_VERB.test(m[1]!) && !CLAUSE_VERB.test(m[1]!) && !looksLikeName(m[1]!);
  };
  const toldEntry = (c: Candidate) => headed(c) && TOLD_ENTRY.test(c.rest) && !USUAL_TITLE.test(c.rest) && c.rest.split(/\s+/).length >= TOLD_WORDS && !titleThenColon(c.rest);
  // `Ad 1 Intet at tilføje` / `Ad 2 Bo retter medlemslisten.` with no agenda in the document: `Ad` points at the notice's
  // entries, and what follows each is what was done; where two thirds of them or more read so, none is a title.
  const adEntries = listed.size === 0 ? chain.filter((c) => headed(c) && /^Add?\b/iu.test(lines[c.index]!.text.trim())) : [];
  const adTold = (c: Candidate) => !USUAL_TITLE.test(c.rest) && (outcomeOf(c.rest) !== null || looksLikeName(c.rest.replace(/\.$/u, '')) || (/[.!]$/u.test(c.rest) && c.rest.split(/\s+/).length >= 4) || (TOLD_ENTRY.test(c.rest) && c.rest.split(/\s+/).length >= 6));
  // `Dagsorden:` / `1. Godkendelse af dagsorden` … / `Pkt. 1 Godkendt` / `Pkt. 2 Bo valgt og …`: where most entries under the
  // agenda's numbers are what was done, each is (a short `Godkendt` too): the agenda's entries are the titles.
  const underListed = (listed.size >= 3 ? chain.filter((c) => headed(c) && listed.has(c.number)) : []).map((c) => {
    const title = plainTitle(listed.get(c.number)!);
    const rest = plainTitle(c.rest);
    return { c, title, same: rest.startsWith(title) || title.startsWith(rest), recorded: recordedUnderAgenda(c.rest, listed.get(c.number)!) !== null };
  });
  const recordsUnderListed = underListed.filter((e) => !e.same && (e.recorded || outcomeOf(e.c.rest) !== null || RECORDED_VERB.test(e.c.rest)));
  if (documentType !== 'dagsorden' && underListed.length >= 3 && underListed.length * 4 >= chain.length * 3 && recordsUnderListed.length * 2 >= underListed.length) {
    // (An entry the agenda's title already reads as a record, or one with a longer title of its own holding the agenda's
    // (`Formandens beretning:` under `Beretning`), is left to be read entry by entry.)
    const told = new Set(underListed.filter((e) => !e.same && !e.recorded && !plainTitle(e.c.rest).includes(e.title)).map((e) => e.c));
    chain = chain.map((c) => (told.has(c) ? { ...c, gluedText: c.rest, rest: '' } : c));
  }
  if (documentType !== 'dagsorden' && adEntries.length >= 3 && adEntries.length * 4 >= chain.length * 3 && adEntries.filter(adTold).length * 3 >= adEntries.length * 2) {
    chain = chain.map((c) => (adEntries.includes(c) ? { ...c, gluedText: c.rest, rest: '' } : c));
    diags.info('items-told', `The items are headed \`Ad N\` with what was done after the number, and the document has no agenda; the ${adEntries.length} items are untitled`, place(lines[chain[0]!.index]));
  } else if (documentType !== 'dagsorden' && chain.length >= 3 && chain.filter(toldEntry).length * 4 >= chain.length * 3) {
    // (Among them an entry opened by a usual title and a full stop or a colon keeps it: `3. Valg af stemmetællere. Bo og Ib blev valgt.`)
    chain = chain.map((c) => {
      if (!headed(c)) return c;
      const usual = /^(\p{Lu}[^.:;!?]{2,60}?)[.:]\s+(\p{Lu}.*)$/u.exec(c.rest);
      if (usual && USUAL_TITLE.test(usual[1]!) && !FINITE_VERB.test(usual[1]!) && !TOLD_ENTRY.test(usual[1]!)) return { ...c, rest: usual[1]!, gluedText: usual[2]! };
      // (… or by no mark at all: `2. Kassererens beretning Læs hovedtallene …`.)
      const bare = usualTitleBare(c.rest);
      if (bare) return { ...c, rest: bare.title, gluedText: bare.text };
      return { ...c, gluedText: c.rest, rest: '' };
    });
    diags.info('items-told', `Most item headings are sentences of what was done; the ${chain.length} items are untitled, each sentence its record`, place(lines[chain[0]!.index]));
  } else if (documentType !== 'dagsorden' && chain.length >= 3) {
    // `1. Valg af dirigent: Bo Dal blev valgt.` / `2. Formandens beretning: Godkendt` / `4. Punktet blev rykket til pkt. 9.` / …:
    // every entry either a title and its record after a colon or a sentence of what was done; the sentences, two or more, are
    // untitled records.
    // (A title's mark may be a colon, a semicolon or a dash: `Indendørsbanen; skal der betales …?`, `Beretninger – Finn fortalte …`.)
    // (… or a full stop after a title of a few words: `Budgetforslag. Ingen forslag til ændringer.`.)
    const titleMark = (c: Candidate) => /^([^:;.!?]{3,70}?)(?::|;)\s*\S/u.exec(c.rest) ?? /^((?:\S+\s+){0,4}\S+)\s[–-]\s+\S/u.exec(c.rest) ?? /^(\p{Lu}\p{L}*(?:\s+\p{L}+){0,4})(?<=\p{L}{2})\.\s+\p{Lu}/u.exec(c.rest) ?? presented(c.rest);
    // (… or the presenter's first name after a dash and a full stop: `Status på skiltet – Holmvej – Henning. Vi venter …`.)
    const presented = (t: string) => {
      const m = /^(\p{Lu}.{2,120}?)\s[–-]\s*(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\.\s+\p{Lu}/u.exec(t);
      return m && isGivenName(m[2]!.split(' ')[0]!) ? m : null;
    };
    const colonTitled = (c: Candidate) => {
      const m = headed(c) ? titleMark(c) : null;
      // (Not a short sentence told before a full stop: `Formand Bo Dal modtog genvalg. …`; nor a name's initial: `Kasserer Ib K. Holm …`.)
      return m !== null && !FINITE_VERB.test(m[1]!) && !(/\.\s+\p{Lu}/u.test(c.rest.slice(m[1]!.length, m[1]!.length + 3)) && hasFiniteVerb(m[1]!));
    };
    // (Not a title in capitals run on with its agenda's notes: `DEBAT OM KVALITET (B) V. KB 17:35 …`.)
    const sentence = (c: Candidate) => headed(c) && !colonTitled(c) && !USUAL_TITLE.test(c.rest) && !/\?$/u.test(c.rest) && !/^\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(c.rest) && (toldEntry(c) || c.rest.split(/\s+/u).length >= 8);
    const told = chain.filter(sentence);
    // (… or a title alone on its line, a few words with no verb, over its record: `1. Evaluering af sommerfesten` / text.)
    const titledAlone = (c: Candidate) => {
      const j = nextNonBlank(lines, c.index);
      return headed(c) && c.rest.split(/\s+/u).length <= 8 && !/[.!?:;]$/u.test(c.rest) && !FINITE_VERB.test(c.rest) && !TOLD_ENTRY.test(c.rest) && j === c.index + 1 && !chain.some((d) => d.index === j);
    };
    // (Beside such titles the sentences must end as sentences do: a long title of an agenda ends with no full stop.)
    const alone = chain.some((c) => titledAlone(c) && !sentence(c) && !colonTitled(c));
    if (told.length >= 2 && chain.every((c) => !headed(c) || sentence(c) || colonTitled(c) || titledAlone(c)) && (!alone || told.every((c) => /[.!]$/u.test(c.rest)))) {
      chain = chain.map((c) => (told.includes(c) ? { ...c, gluedText: c.rest, rest: '' } : c));
      diags.info('items-told', `${told.length} of the ${chain.length} item headings are sentences of what was done, the others titles with their records after a colon; those are untitled, each sentence its record`, place(lines[chain[0]!.index]));
    } else {
      // `1. Hanne trak sig fra bestyrelsen.` / `2. Vaskeriet lukkes i uge 30.` / …: where two thirds of the entries or more
      // are records, told by a finite verb (the dictionary's morphology knows it: normalize/verbs.ts) or by what came of
      // them, those entries are untitled, each sentence its record. An entry with its title and record run on counts
      // neither way.
      const titleFirst = (t: string) => {
        const m = /^(\p{Lu}\p{L}*(?:\s+\p{L}+){0,4})\.{1,3}\s*\p{Lu}/u.exec(t);
        return m !== null && !hasFiniteVerb(m[1]!);
      };
      // (A usual title's words are the subject where a finite verb follows them: `Næste møde holdes hos Ib.`)
      const usualTitleOnly = (t: string) => {
        const m = USUAL_TITLE.exec(t);
        return m !== null && !hasFiniteVerb(/^\s*(\p{L}+)/u.exec(t.slice(m[0].length))?.[1] ?? '') && !(/[.!]$/u.test(t) && !/^\p{L}+\s+af\s/u.test(t) && outcomeOf(t) !== null);
      };
      // (Not an entry with no stop over a capitalised line of text: a title over its text, or a sentence whose next one
      // would be read into it; one that wraps onto a line in small letters is read whole.)
      const mayWrap = (c: Candidate) => !/[.!]$/u.test(c.rest) && c.index + 1 < lines.length && /^\s*\p{Lu}/u.test(lines[c.index + 1]!.text) && !chain.some((d) => d.index === c.index + 1);
      // (Nor a title run on with its record: `Valg af revisor; Bo Dal blev genvalgt.`; a 'title' of seven words or more
      // before a sentence is a sentence itself.)
      // (A longer title counts too where it has no verb of its own, nor a word after its first that may be one in the
      // present, a noun's form too (`Gita skriver opslag …`, `Alle medlemmer deltager …`): `Regional konference i Holmby d. 2.
      // feb. Bo deltog.`.)
      const runOnTitled = (t: string) => {
        const r = runOnRecord(t);
        const n = r === null ? 0 : r.title.split(/\s+/u).length;
        return r !== null && (n <= 6 || (n <= 12 && !hasFiniteVerb(r.title) && !/\s\p{Ll}+er(?!\p{L})/u.test(r.title)));
      };
      const selfRecorded = (c: Candidate) => headed(c) && !mayWrap(c) && !colonTitled(c) && !titleFirst(c.rest) && !/\?/u.test(c.rest) && !/^\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(c.rest) && !usualTitleOnly(c.rest) && !runOnTitled(c.rest) && (toldEntry(c) || outcomeOf(c.rest) !== null || (hasFiniteVerb(c.rest) && c.rest.split(/\s+/u).length >= 3));
      const records = chain.filter(selfRecorded);
      // (A title with its record run on after it says nothing either way.)
      const heads = chain.filter((c) => headed(c) && !runOnTitled(c.rest));
      if (records.length >= 2 && records.length * 3 >= heads.length * 2) {
        // (A usual title run into its record with no mark keeps its title: `1. Formandens beretning Læs beretningen …`.)
        chain = chain.map((c) => {
          if (!records.includes(c)) return c;
          const bare = usualTitleBare(c.rest);
          return bare ? { ...c, rest: bare.title, gluedText: bare.text } : { ...c, gluedText: c.rest, rest: '' };
        });
        diags.info('items-told', `${records.length} of the ${chain.length} item headings are sentences of what was done; those are untitled, each sentence its record`, place(lines[chain[0]!.index]));
      }
    }
  }
  // An agenda says so; a document that says neither may still record decisions.
  // A header that records who came (`Til stede:`, `Afbud:`) heads minutes, even untitled.
  const attendance = lines.slice(0, headerEnd).some((l) => !l.blank && ATTENDANCE_LABEL.test(l.text));
  const readsDecisions: boolean | null = isMinutes ? true : documentType === 'dagsorden' ? false : attendance ? true : null;
  // Names in brackets after three or more headings' titles (`Kurser (Jette)`, `Fonde (Lise)`) are the presenters', listed or not.
  const bracketed = chain.flatMap((c) => /\((\p{Lu}\p{Ll}+)\)\s*:?$/u.exec(c.rest)?.[1] ?? []);
  const names = [...participants.map((p) => p.name), ...(bracketed.length >= 3 ? bracketed : [])];

  // `Mødet hævet kl. 17.40`: the time the meeting ended, as recorded (over the time it was
  // planned to end). Below the last item, with no block after it, it also ends that item.
  let end = lines.length;
  for (let i = lines.length - 1; chain.length > 0 && i > chain[0]!.index; i--) {
    const time = lines[i]!.blank ? null : closingTime(lines[i]!.text);
    if (!time) continue;
    meeting.endTime = time;
    if (i > chain[chain.length - 1]!.index && !lines.slice(i + 1).some((l) => !l.blank && isBlockHeadingLine(l.text))) end = i;
    break;
  }
  // `Generalforsamlingen sluttede klokken 14.19.`, `… som begyndte kl. 19:00 og sluttede kl. 19:45`: the end told in a sentence
  // anywhere, where no line recorded it alone.
  if (meeting.endTime === null && chain.length > 0) {
    for (const l of lines) {
      const m = l.blank || !/slut|hæve|afslut|lukkedes/u.test(l.text) ? null : ENDED_IN_SENTENCE.exec(l.text);
      if (!m) continue;
      meeting.endTime = findTimes(`kl. ${m[2]!}`).start;
      // (`Mødet startede kl. 15.30 og sluttede kl. 16.45.`: its start too, where nothing else gave it.)
      if (m[1] !== undefined && meeting.startTime === null) meeting.startTime = findTimes(`kl. ${m[1]}`).start;
      if (meeting.endTime !== null) break;
    }
  }
  // `Skriv et svar`, `Udgivet i Referater.`, `Sidst opdateret: …` below the last item: the web page's trailer ends these minutes.
  if (chain.length > 0) {
    const trailer = lines.findIndex((l, i) => i > chain[chain.length - 1]!.index && i < end && !l.blank && PAGE_TRAILER.test(l.text));
    if (trailer >= 0) end = trailer;
  }
  // `• Bestyrelsesmøde 21.10.31 Holmby Musikskole` below the last item: a web page's fold of the next meeting ends these minutes.
  if (chain.length > 0) {
    const fold = lines.findIndex((l, i) => i > chain[chain.length - 1]!.index && i < end && !l.blank && meetingFold(l.text));
    if (fold >= 0) end = fold;
    if (nextMeeting > chain[chain.length - 1]!.index) end = Math.min(end, nextMeeting);
  }
  // `Mødet startet:` / `04:00 PM` / `Mødet hævet:` / `05:00 PM` below the last item: the times, each on the line under its label.
  if (chain.length > 0) {
    const last = chain[chain.length - 1]!.index;
    const stop = end;
    for (let i = last + 1; i < stop; i++) {
      const label = lines[i]!.blank ? null : TIME_LABEL_ALONE.exec(lines[i]!.text);
      if (!label) continue;
      const j = nextNonBlank(lines, i);
      const time = j < lines.length ? clockTime(lines[j]!.text) : null;
      if (!time) continue;
      if (/start|begyndt/iu.test(label[1]!)) meeting.startTime ??= time;
      else meeting.endTime = time;
      end = Math.min(end, i);
    }
  }
  // `Referent: Bo Vinter d. 15/2 2022`, `Pbv. Bo Vinter`: a sign-off below the last item ends it; the one who took the minutes is the secretariat.
  if (chain.length > 0) {
    const last = chain[chain.length - 1]!.index;
    // (From where the minutes end already, a web page's trailer left out: `Referat: Bo Dal` / `Skriv et svar` / ….)
    for (let i = Math.min(lines.length, end) - 1, seen = 0; i > last && seen < 6; i--) {
      if (lines[i]!.blank) continue;
      seen++;
      let signer = signOff(lines[i]!.text);
      // `Referent:` / `Bo Dal` / `03.04.2017`: the label over the name.
      const above = prevNonBlank(lines, i);
      if (!signer && above > last && SIGN_OFF_LABEL.test(lines[above]!.text) && looksLikeName(lines[i]!.text.replace(/[.,]$/, ''))) {
        signer = { name: lines[i]!.text.replace(/[.,]$/, ''), wrote: !/^p/iu.test(lines[above]!.text) };
        i = above;
      }
      // Only the last lines sign off: after a sign-off come more sign-offs, dates and places, nothing else.
      if (!signer) {
        const t = lines[i]!.text;
        // A thanks for coming, the minute-taker's initials (`DSN/referent`), the sender's address line: the minutes have ended.
        if (AFTER_MINUTES.test(t)) {
          end = Math.min(end, i);
          continue;
        }
        // Signatures: an office or greeting alone, and a name beside one (`Jens Kruse` under `Formand`).
        const near = [prevNonBlank(lines, i), nextNonBlank(lines, i)].filter((k) => k > last && k < lines.length);
        const signature = SIGNATURE_WORD.test(t) || (looksLikeName(t.replace(/[.,]$/, '')) && near.some((k) => SIGNATURE_WORD.test(lines[k]!.text)));
        if (signature) {
          end = Math.min(end, i);
          continue;
        }
        if (!SIGN_OFF_COMPANION.test(t)) break;
        continue;
      }
      end = Math.min(end, i);
      if (!signer.wrote) continue;
      const listed = participants.find((p) => p.name === signer.name);
      if (!listed) participants.push({ name: signer.name, role: 'referent', group: 'secretariat', note: null });
      else if (!/referent/iu.test(`${listed.role ?? ''} ${listed.note ?? ''}`)) listed.note = listed.note ? `${listed.note}; referent` : 'referent';
    }
  }
  // An e-signature page bound in after the minutes (`Penneo dokumentnøgle: …`, however long), or a signature
  // (`Grenaa, den 15. september 2018` / `Erik Holm`) with a report appended after it: the minutes end there.
  if (chain.length > 0) {
    const last = chain[chain.length - 1]!.index;
    // (The days, as month and day, that the lines above the first item print: the meeting's own, its year perhaps not printed.)
    let days: Set<string> | null = null;
    const headDays = () =>
      (days ??= new Set(
        lines.slice(0, chain[0]!.index).flatMap((x) => {
          if (x.blank) return [];
          const full = findDate(x.text);
          const dm = full ? null : findDayMonth(x.text);
          return full ? [full.date.slice(5)] : dm ? [`${String(dm.month).padStart(2, '0')}-${String(dm.day).padStart(2, '0')}`] : [];
        }),
      ));
    const signed = lines.findIndex((l, i) => {
      if (i <= last || i >= end || l.blank) return false;
      if (E_SIGNATURE.test(l.text)) return true;
      // `GENERALFORSAMLING 1. MARTS 2031.` / `Bestyrelsens beretning …`: the meeting's head again, its own day, over a report appended.
      if (i > nextNonBlank(lines, last) && MEETING_DATED.test(l.text.trim()) && l.text.trim().split(/\s+/u).length <= 8 && headDays().has(findDate(l.text)?.date.slice(5) ?? '')) return true;
      // `Referatet godkendt ved underskrift:` or a line to sign on, with only a few short lines after it (the names that sign).
      if (SIGNING.test(l.text)) {
        const after = lines.slice(i + 1, end).filter((x) => !x.blank);
        if (after.length <= 6 && after.every((x) => x.text.length <= 100)) return true;
      }
      if (!SIGN_OFF_COMPANION.test(l.text) || !/\p{L}/u.test(l.text)) return false;
      const j = nextNonBlank(lines, i);
      return j < end && looksLikeName(lines[j]!.text.replace(/[.,]$/, ''));
    });
    if (signed > 0) end = signed;
  }
  // `Bilag 1 Omkostninger` / … / `Bilag 2 Udvalgene` / `Ansvarlig: Kate` / …: attachments printed after the last item, under
  // headings of their own, end the minutes (a list of them, a heading a line with nothing under, stays the item's).
  if (chain.length > 0) {
    const last = chain[chain.length - 1]!.index;
    const heads = lines.flatMap((l, i) => (i > last && i < end && !l.blank && APPENDED_ATTACHMENT.test(l.text.trim()) ? [i] : []));
    const first = heads[0];
    if (first !== undefined && /^\D*1\b/u.test(lines[first]!.text.replace(/^\s*Bilag\s*(?:nr\.?\s*)?/iu, '')) && lines[first - 1]?.blank === true) {
      const under = heads.map((h, k) => lines.slice(h + 1, k + 1 < heads.length ? heads[k + 1]! : end).filter((x) => !x.blank).length);
      if (under.some((n) => n >= 3)) end = first;
    }
  }
  // A heading printed twice (`2. Budgetopfølgning (B)` and `2.     Budgetopfølgning (B)`): the first copy is not text of the item before.
  const starts = chain.map((c, k) => {
    let at = caseAbove[k]! >= 0 ? caseAbove[k]! : c.index;
    const p = prevNonBlank(lines, at);
    const printed = lines[p]?.text.replace(/^[•·▪◦●○■]\s*/u, '').trim() ?? '';
    const same = sameTitle(printed, lines[c.index]!.text) || sameTitle(printed, `${c.number}. ${c.rest}`);
    if (k > 0 && p > chain[k - 1]!.index && at - p <= 3 && same && /\d/.test(printed) && printed.includes(String(c.number))) at = p;
    return at;
  });
  // `Medlemmer` / `• Anna Berg: Deltog` after the last item (a signature sheet): the participants, when the header names none.
  if (chain.length > 0 && participants.length === 0) {
    const last = chain[chain.length - 1]!.index;
    for (let i = last + 1; i < end; i++) {
      const label = lines[i]!.blank ? null : groupLabel(lines[i]!.text);
      if (label === null || label === 'absent') continue;
      // The list runs while its lines name people or label another group (`Afbud fra:`); a line after it that names no one
      // (`Dagsordenen blev godkendt.`) is the item's own text again.
      const groups: { group: ParticipantGroup; lines: SLine[] }[] = [{ group: label, lines: [] }];
      let stop = end;
      for (let j = i + 1; j < end; j++) {
        const l = lines[j]!;
        if (l.blank) continue;
        const text = l.text.replace(/^[•·▪◦●○■*-]\s*/u, '');
        const g = groupLabel(text);
        const subheading = /:\s*$/u.test(text);
        if (g !== null) groups.push({ group: g, lines: [] });
        else if (!subheading && namesSomeone(text)) groups[groups.length - 1]!.lines.push({ ...l, text });
        // (`Fra forvaltningen:` over some of them: a part of the list, its group the same.)
        else if (subheading && nextNonBlank(lines, j) < end && namesSomeone(lines[nextNonBlank(lines, j)]!.text)) continue;
        else {
          stop = j;
          break;
        }
      }
      const people = parseParticipants(groups);
      if (people.filter((p) => p.group !== label || p.note !== null || p.role !== null).length === 0 && people.length < 2) break;
      participants.push(...people);
      if (stop < end) for (let j = i; j < stop; j++) lines[j] = { ...lines[j]!, text: '', blank: true };
      else end = i;
      diags.info('participants-after-items', `Took ${people.length} participants from the list after the last item`, place(lines[i]));
      break;
    }
  }
  // `Til stede: Bo, Eva, Ib og Lis` as a paragraph of its own among the items (after the agenda, before the records): who came,
  // when the header names nobody; a group that names two people or more.
  if (chain.length > 0 && participants.length === 0) {
    for (let i = chain[0]!.index; i < end; i++) {
      const l = lines[i]!;
      if (l.blank || (i > 0 && !lines[i - 1]!.blank) || l.text.length > 300) continue;
      const m = /^\s*([\p{L}][\p{L} ]{2,40}?)\s*:\s*(\p{Lu}.*)$/u.exec(l.text);
      const label = m ? groupLabel(m[1]!) : null;
      if (label === null || label === 'secretariat' || label === 'guest') continue;
      const people = parseParticipants([{ group: label, lines: [{ ...l, text: m![2]! }] }]);
      if (people.length < 2) continue;
      participants.push(...people);
      diags.info('participants-among-items', `Took ${people.length} participants from a list among the items`, place(l));
      break;
    }
  }
  const build = (reads: boolean | null, d: DiagnosticList): Item[] => chain.flatMap((c, k) => {
    const next = k + 1 < chain.length ? starts[k + 1]! : end;
    const item = buildItem(lines, c, next, layout, reads, names, d, caseAbove[k]! >= 0 ? lines[caseAbove[k]!]! : null, meeting.body, listed.get(c.number) ?? null, meeting.date);
    const printed = printedHeading.get(c.index);
    if (printed !== undefined) {
      // The heading as printed, its letter back in place of the number read for it.
      const read = lines[c.index]!.text;
      item.heading = item.heading.startsWith(read) ? printed + item.heading.slice(read.length) : item.heading;
    }
    if (c.also !== undefined) {
      // `Pkt 2 & 5: …`: one record for two entries of the agenda, each titled from it.
      d.info('items-recorded-together', `Items ${c.number} and ${c.also} are recorded under one heading`, place(lines[c.index]));
      return [item, { ...item, number: c.also, title: listed.get(c.also) ?? item.title, sections: item.sections.map((x) => ({ ...x })), attachments: item.attachments.map((a) => ({ ...a })) }];
    }
    if (c.through === undefined) return [item];
    // With no agenda listing the entries it covers (`Ad 1 + 2  Valg af dirigent og referent.`), one heading is one item.
    if (!Array.from({ length: c.through - c.number }, (_, k) => c.number + 1 + k).some((n) => listed.has(n))) return [item];
    // `Pkt. 2 & 3: …`: one record for consecutive items, each titled from the agenda when it lists them.
    d.info('items-recorded-together', `Items ${c.number} to ${c.through} are recorded under one heading`, place(lines[c.index]));
    const more: Item[] = [];
    for (let n = c.number + 1; n <= c.through; n++) {
      more.push({ ...item, number: n, title: listed.get(n) ?? item.title, sections: item.sections.map((x) => ({ ...x })), attachments: item.attachments.map((a) => ({ ...a })) });
    }
    return [item, ...more];
  });
  // A document that says neither minutes nor agenda: minutes when the text under its headings says what was decided (`Godkendt ved håndsoprækning.`).
  let reads = readsDecisions;
  if (reads === null) {
    const trial = build(null, new DiagnosticList());
    // Said as done (`godkendt`, `blev vedtaget`), not proposed (`Dagsordenen godkendes.`, as an agenda words it).
    const said = trial.filter((it) => it.sections.some((x) => x.heading === null && outcomeOf(x.text) !== null && DONE_WORDING.test(x.text))).length;
    // Or most items' text reads as what was decided or done there (`Bestyrelsen var enige om …`): the rest of it is recorded too.
    const decided = trial.filter((it) => it.sections.some((x) => x.kind === 'decision')).length;
    const withText = trial.filter((it) => it.sections.length > 0).length;
    // Or it will be called minutes for what its items record (below): then all of its items' text is their record.
    const recorded = trial.filter((it) => it.decision !== null && it.outcome !== null).length;
    // Or most items have plain text written under them, none a case's blocks (`Sagsfremstilling`, `Indstilling`): notes of the meeting.
    const plain = trial.filter((it) => it.sections.length > 0 && it.sections.every((x) => x.heading === null)).length;
    const blocks = trial.some((it) => it.sections.some((x) => x.heading !== null && x.kind !== 'other'));
    const noted = !header.agendaLabel && !blocks && plain >= 3 && plain * 3 >= trial.length * 2;
    // A notice of the meeting (`Indkaldelse til generalforsamling`, `Generalforsamlingen afholdes …`) whose items' text tells nothing as
    // done (`fremlægges på generalforsamlingen`, `Bestyrelsen foreslår …`): what it says under its items is no record.
    const toldDone = () => trial.some((it) => it.sections.some((x) => RECORDED_VERB.test(x.text) || (outcomeOf(x.text) !== null && DONE_WORDING.test(x.text))));
    if (noticeOfMeeting(lines.slice(0, chain[0]?.index ?? lines.length)) && !toldDone()) reads = false;
    else if (said >= 2 || (said >= 1 && trial.length <= 3) || (decided >= 3 && decided * 3 >= withText * 2) || recorded >= 2 || (recorded >= 1 && trial.length <= 3) || noted) reads = true;
  }
  let items = build(reads, diags);
  if (chain.some((c) => c.also !== undefined)) items = items.sort((a, b) => a.number - b.number);
  // `1. Valg af dirigent` / `2. Beretning` / … / `8. Eventuelt` one under another, then text: an agenda's list with nothing under its
  // entries but the last, and what follows the list (the minutes in another form, a page's footer, the next document) is no record
  // of that last entry (a record run on after its title on the entry's own line is).
  // (What follows still tells whether the document is minutes; the record is taken from the entry once that is settled.)
  const lastItem = items.at(-1);
  const textAfterList = items.length >= 3 && items.length === chain.length && lastItem!.decision !== null && !(lastItem!.heading ?? '').includes(lastItem!.decision.slice(0, 30)) && chain.every((c, k) => c.gluedText === undefined && (k === 0 || c.index - chain[k - 1]!.index <= 2)) && items.slice(0, -1).every((it) => it.sections.length === 0 && it.decision === null) ? lastItem! : null;

  const recordedNumbers = new Set(items.map((it) => it.number));
  const fromAgenda = agendaOnlyItems(lines, agenda, recordedNumbers, names);
  if (fromAgenda.length > 0) {
    items = mergeByNumber(items, fromAgenda);
    diags.info('items-only-in-agenda', `${fromAgenda.length === 1 ? `Item ${fromAgenda[0]!.number} is` : `Items ${fromAgenda.map((it) => it.number).join(', ')} are`} listed in the agenda but not recorded; kept with their titles from the agenda`, place(lines[agenda[0]!.index]));
  }

  // Untitled, with the agenda labelled and nothing recorded under any item: an agenda.
  // Untitled, with what was decided recorded under the items: minutes.
  const recordedAny = items.filter((it) => it.decision !== null && it.outcome !== null).length;
  // No items: a report of the meeting whose lines tell three things decided or more (`Mona Skov valgtes som dirigent`, `Regnskabet
  // godkendtes.`, `Kontingentet blev fastsat uændret.`) is its minutes.
  const decidedLines = items.length === 0 && documentType === null ? lines.filter((l) => !l.blank && l.text.length <= 600 && outcomeOf(l.text) !== null).length : 0;
  // `D. 7. marts afholdt Holmby Kor den årlige generalforsamling.`: a report of the meeting told in its first lines, minutes.
  // (Not a case's background: `Sagsfremstilling` / `Forud for mødet holdt udvalget dialogmøde med …`.)
  // (With the day it was held: `D. 7. marts …`, `Mandag den 31. januar …`.)
  const toldHeld = () => {
    const first = lines.filter((l) => !l.blank).slice(0, 5);
    // (The day on its own line above will do: `Generalforsamlingen d. 11. april` / `Tirsdag afholdt vi vores årlige generalforsamling, …`.)
    return !first.some((l) => blockKind(l.text.trim()) !== null) && first.some((l) => TOLD_HELD.test(l.text)) && first.some((l) => findDate(l.text) !== null || findDayMonth(l.text) !== null);
  };
  // `Ærede medlem, De inviteres hermed til årets generalforsamling …`, `Indkaldelse til generalforsamling`: a notice of the meeting.
  const invitation = () => noticeOfMeeting(lines.slice(0, chain[0]?.index ?? lines.length));
  // (Two lines of what was decided do where the meeting is named in the text's first lines: `Der er indkaldt til generalforsamlingen …`.)
  const namedOnTop = () => lines.filter((l) => !l.blank).slice(0, 5).some((l) => MEETING_NAMED.test(l.text));
  // `Godkendelse af dagsorden:` / `Godkendt.` over the items (a case system's header): the meeting approved its agenda, minutes.
  const agendaApproved = () =>
    lines.slice(0, chain[0]?.index ?? 0).some((l, k, head) => !l.blank && /^(?:Godkendt|Vedtaget)\.?$/iu.test(l.text.trim()) && k > 0 && AGENDA_APPROVAL_LABEL.test(head[k - 1]!.text.trim()));
  const finalType =
    documentType ??
    (decidedLines >= 3 || (decidedLines >= 2 && namedOnTop()) || toldHeld() || agendaApproved() ? 'referat' : null) ??
    ((header.agendaLabel || lines.some((l) => !l.blank && l.text.length <= 200 && AGENDA_ANNOUNCED.test(l.text)) || invitation()) && items.length > 0 && items.every((it) => it.decision === null) ? 'dagsorden' : recordedAny >= 2 || (recordedAny >= 1 && items.length <= 3) || participants.some((p) => p.group === 'absent') || (reads === true && items.some((it) => it.decision !== null)) ? 'referat' : null);

  if (textAfterList !== null) {
    const at = items.indexOf(textAfterList);
    if (at >= 0) items[at] = { ...textAfterList, decision: null, outcome: null };
  }

  presentInItems(items, participants);
  applyItemAttendance(items, participants, diags);
  if (meeting.chair === null) {
    // A general assembly's dirigent (`Valg af dirigent` / `Ole Berg blev valgt.`) chairs it; the one listed as the chair only where
    // none is elected; the chairman who opened the meeting (`Formanden, Bo Dal, bød velkommen`) only where none is listed.
    const headerText = lines.slice(0, headerEnd).map((l) => (l.blank ? '' : l.text));
    const told = chairInText(items, headerText, participants);
    const elected = chairOfTwoElected(items) ?? electedChair(items) ?? told(false);
    // (Listed among those present as recorded in an item, `Deltager: Formand Bo Dal, …`, as well as in the header.)
    const listed = listedChair ?? groupChair(participants);
    meeting.chair = tidyChair(elected ?? listed ?? told(true));
    // (Initials, `EHD`, of one of those present, `Eva Holm Dal`: the name as the list gives it.)
    if (meeting.chair !== null && INITIALS.test(meeting.chair)) {
      const initials = meeting.chair;
      const owners = participants.filter((p) => p.name.split(/[\s-]+/u).map((w) => w.charAt(0)).join('').toUpperCase() === initials);
      if (owners.length === 1) meeting.chair = owners[0]!.name;
    }
    if (meeting.chair !== null) {
      seatChair(meeting.chair, participants);
      if (meeting.chair !== listed) diags.info('chair-elected', `Took the chair, ${meeting.chair}, from the election of a dirigent or ordstyrer`, place(lines[chain[0]?.index ?? 0]));
    }
  }

  // Meeting details recorded only with the decisions (`Beslutning fra X` / `Dato: …` / `Sted: …`).
  if (meeting.date === null || meeting.location === null) {
    for (const s of items.flatMap((it) => it.sections)) {
      if (s.kind !== 'other' || s.heading === null) continue;
      if (/^(?:Dato|Mødedato)$/iu.test(s.heading)) meeting.date ??= findDate(s.text)?.date ?? null;
      if (/^(?:Sted|Mødested)$/iu.test(s.heading)) meeting.location ??= s.text.replace(/[.,]$/, '');
    }
  }
  // An agenda timed entry by entry (`1 Indledning (19.00)` / `2. Fokuspunkt (19.15)`, `Kl. 11.00: Valg af dirigenter` / `Kl. 11.15: …`,
  // `12.00 – Velkomst` / `12.05 – Valg af ordstyrer`, or the hour on the line under the entry): the first entry's hour, the next
  // one's later, is when the meeting began, where nothing else said.
  // (The entries read are the items' headings, else the agenda's list above them.)
  for (const entries of [chain, agenda] as { index: number }[][]) {
    if (meeting.startTime !== null || entries.length < 2) continue;
    // (Or on the line over the entry, heading the entries of that hour: `17.15 (v/ Anna)` / `1. Velkomst` / … / `17.30` / `5. …`.)
    const hourOf = (k: number): string | null => {
      const c = entries[k];
      // (An entry restored from the agenda may stand at no line of the text.)
      if (c === undefined || lines[c.index] === undefined) return null;
      const own = ENTRY_HOUR.exec(lines[c.index]!.text.trim());
      const under = nextNonBlank(lines, c.index);
      const over = prevNonBlank(lines, c.index);
      const below = own === null && under >= 0 && under < lines.length && under < (entries[k + 1]?.index ?? Infinity) ? HOUR_UNDER_ENTRY.exec(lines[under]!.text.trim()) : null;
      const above = own === null && below === null && over >= 0 && over > (entries[k - 1]?.index ?? -1) ? HOUR_UNDER_ENTRY.exec(lines[over]!.text.trim()) : null;
      const hour = own?.[1] ?? own?.[2] ?? below?.[1] ?? above?.[1] ?? null;
      return hour === null ? null : findTimes(`kl. ${hour}`).start;
    };
    const first = hourOf(0);
    const later = entries.slice(1, 12).map((_, k) => hourOf(k + 1)).find((h) => h !== null) ?? null;
    if (first !== null && later !== null && first < later) meeting.startTime = first;
  }
  // A notice's agenda, then when and where below it (`a) Valg af dirigent` … `h) Eventuelt` / `Onsdag den 16. september 2031
  // kl. 19.00` / `Sted: Holmby Hallen`): with no date in the header and nothing recorded, the first date line below the agenda.
  if (meeting.date === null && chain.length > 0 && items.every((it) => it.decision === null)) {
    const below = lines.slice(chain[chain.length - 1]!.index + 1, chain[chain.length - 1]!.index + 40);
    const k = below.findIndex((l) => !l.blank && l.text.split(/\s+/u).length <= 10 && DATE_LINE_ALONE.test(l.text.trim()) && findDate(l.text) !== null);
    if (k >= 0) {
      const t = below[k]!.text;
      meeting.date = findDate(t)!.date;
      const times = findTimes(t);
      meeting.startTime ??= times.start;
      meeting.endTime ??= times.end;
      // `Sted` / `: Holmby Hallen`, `Sted: Holmby Hallen` right under it.
      const after = below.slice(k + 1, k + 4).filter((l) => !l.blank).map((l) => l.text.trim());
      const joined = after[0] !== undefined && /^Sted$/iu.test(after[0]) && after[1]?.startsWith(':') ? `Sted${after[1]}` : after[0];
      const place = joined !== undefined ? /^(?:Sted|Mødested)\s*:\s*(\S.{1,80})$/iu.exec(joined) : null;
      if (place) meeting.location ??= place[1]!.replace(/[.,]$/u, '');
    }
  }
  if (meeting.location !== null) meeting.location = tidyPlace(meeting.location);
  if (meeting.body === null) {
    // Every decision headed with the same body (`Beslutning fra Handicaprådet`): that body met.
    const named = new Set(items.flatMap((it) => it.sections).flatMap((s) => (s.kind === 'decision' && s.heading ? [decidingBody(s.heading)] : [])).filter((b): b is string => b !== null));
    if (named.size === 1) meeting.body = [...named][0]!;
  }
  // A name on its own line beside the document's title (`Referat af generalforsamling 2031` / `Holmby Petanque`), nothing else naming one.
  const headerTop = lines.slice(0, Math.min(headerEnd, 40));
  offerBody(() => nameBesideTitle(headerTop));
  offerBody(() => nameOnTop(headerTop));
  offerBody(() => nameOverAddress(headerTop));
  offerBody(() => bodyOfItsOwn(headerTop));
  offerBody(() => nameInCapitals(headerTop));
  // `Holmby Frimenighed har afholdt generalforsamling …`, `Generalforsamling i Holmby Roklub`: a body named by its kind near the top.
  offerBody(() => {
    const named = bodyNamedByKind(headerTop);
    return named === null ? null : tidyBody(named);
  });
  // (Whatever source named it, a body that is no name's shape is none: `Opgaveliste`, `Kristi Himmelfartsdag`.)
  // (What it read still tells the document is of a meeting: see `known` below.)
  const shapeless = meeting.body !== null && shapeBody(meeting.body) === null ? meeting.body : null;
  if (shapeless !== null) meeting.body = null;
  if (meeting.date === null && meeting.body !== null) {
    // `Beslutning i Byrådet 27. november 2018` under every item: this body's decisions carry the meeting's date.
    // (`Forretningsudvalg` in the header, `Forretningsudvalgets beslutning` over the decisions: the same body, definite or not.)
    const folded = bodyKey(meeting.body);
    const dates = new Set(
      items
        .flatMap((it) => it.sections)
        .filter((s) => s.kind === 'decision' && s.heading !== null && (() => { const b = decidingBody(s.heading); return b !== null && bodyKey(b) === folded; })())
        .map((s) => findDate(s.heading!)?.date ?? null)
        .filter((d): d is string => d !== null),
    );
    if (dates.size === 1) {
      meeting.date = [...dates][0]!;
      diags.info('date-from-decisions', `Took the meeting date from the headings of ${meeting.body}'s decisions`, place(lines[0]));
    }
  }
  meeting.date ??= header.yearlessDate;
  if (meeting.date === null) {
    // `Laugsting torsdag den 22. november kl. 13` with no year anywhere near: the one year the document names on which that day is that weekday.
    const day = lines.slice(0, Math.min(headerEnd, 15)).map((l) => (l.blank ? null : findDayMonth(l.text))).find((d) => d != null && d.weekday !== undefined);
    const years = lines.flatMap((l) => [...l.text.matchAll(/(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/gu)].map((m) => Number(m[1])));
    const dated = day ? yearByWeekday(day, years) : null;
    if (dated !== null) {
      meeting.date = dated;
      diags.info('date-year-by-weekday', `The meeting's date is printed with its weekday but no year; ${dated.slice(0, 4)} is the one year the document names on which that day falls on that weekday`, place(lines[0]));
    }
  }
  if (items.length === 0) {
    // A document titled minutes or an agenda is one, however little of it could be read (a decision heading alone is a fragment).
    // (A report dated at its top that tells of a general assembly or a board meeting held is one too: `Stævnet 25.-28. april 2031` / … `Lørdag var der generalforsamling …`.)
    // (Or one that tells near its top that the meeting was held: `Onsdag den 18. maj blev der afholdt generalforsamling i …`, `… ved den netop afholdte generalforsamling`.)
    // (Or one that names the meeting near its top and records two things decided or more: `Der er indkaldt til generalforsamlingen i
    // tide.` / … / `Regnskabet gennemgås og godkendes.` / `Bo Dal er genvalgt.`.)
    const toldMeeting = () =>
      (lines.slice(0, 5).some((l) => !l.blank && findDate(l.text) !== null) && lines.slice(0, 60).some((l) => !l.blank && MEETING_NAMED.test(l.text))) ||
      lines.slice(0, 10).some((l) => !l.blank && (MEETING_HELD_TOLD.test(l.text) || MEETING_HELD_TOLD_ENGLISH.test(l.text))) ||
      (namedOnTop() && lines.filter((l) => !l.blank && l.text.length <= 300 && outcomeOf(l.text) !== null).length >= 2) ||
      // (Or names the meeting on top, with two lines or more under it opening with an item's usual title: `Åbent bestyrelsesmøde` /
      // `Godkendelse af dagsorden …` / `Orientering: Meddelelser fra …`.)
      (namedOnTop() && lines.slice(0, 15).filter((l) => !l.blank && USUAL_TITLE.test(l.text.trim())).length >= 2);
    const known = Object.values(meeting).some((v) => v !== null) || shapeless !== null || participants.length > 0 || header.documentTitle !== null || kindOfMeeting !== null || toldMeeting();
    if (!known) {
      throw new FileFailure('not-minutes', 'does not look like meeting minutes (no agenda items, meeting details or participants found)');
    }
    diags.warn('no-items', 'Found no numbered agenda items', place(lines[0]));
  }
  if (meeting.date === null) diags.warn('no-meeting-date', 'The document states no meeting date that could be read', place(lines[0]));

  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    documentType: finalType,
    meeting,
    participants: plausibleParticipants(participants),
    items,
    diagnostics: [...doc.diagnostics, ...diags.items],
    normalization: { repairs: doc.repairs.length, encoding: doc.encoding, ocrDamage: doc.ocrDamage },
  };
}



/** An entry's mark before its words: a letter, a number or a roman numeral with a full stop or a bracket. */
const ENTRY_MARK = /^(?:\p{L}|\d{1,3}|[IVX]{1,4})[.)]\s+\p{L}/u;

/** Words that make a short line an organisation's name (`GRUNDEJERFORENINGEN HØJBOPARKEN`, `Romdrup Vandværk`). */
const ORGANISATION = /(?:forening|klub|klubben|laug|lauget|selskab|vandværk|kor|menighedsråd|lokalråd|landsbyråd|beboerråd|afdeling|koloni|orkester|orkestret|loge|logen|venner|vennerne|gilde|gildet|forbund|kreds|kredsen|netværk|samvirke|sammenslutning|ensemble)(?:en|et|s)?(?!\p{L})/iu;

/** The first short line of the header that names an organisation, alone on its line. */
function organisationLine(header: SLine[]): string | null {
  for (const l of header.slice(0, 15)) {
    // (`BORGERFORENINGEN FOR HOLMBY OG OMEGN AF 2009`: a name in capitals, its founding year after it, is read as the name.)
    // (`§ ¨  Holmby Bridgeklub  © ª`: the ornaments around a letterhead are no part of it.)
    const plain = withoutOrnaments(l.text).trim();
    const t = plain.replace(/\s+(?:af|AF)\s+(?:19|20)\d{2}$/u, '');
    // Digits in a name (`Bridgeklubben BK 80 Hørsholm`, `AAB afdeling 9`), not a date or a time.
    // `Mvh Bo Dal, formand for Holmby Roklub`: a greeting and a signature, not a name.
    if (l.blank || t.length > 60 || /[:.,;!?]$/.test(t) || GREETING_START.test(t) || findDate(t) !== null || /\d[.:]\d{2}\b|\b(?:19|20)\d{2}\b/u.test(t)) continue;
    const words = t.split(/\s+/);
    // One word only when it is long and an organisation's (`HerlufsholmKoret`).
    if ((words.length < 2 && t.length < 8) || words.length > 6 || !/^\p{Lu}/u.test(t)) continue;
    // `GRUNDEJERFORENINGEN ”SOLHØJ”`: a name in quotes is still a name (quotes elsewhere mark a web page's link).
    const capitals = /^[\p{Lu}\d&'’.\- ]+$/u.test(t) && /\p{Lu}{3}/u.test(t);
    if (capitals && ORGANISATION.test(t.toLocaleLowerCase('da')) && !findDate(t)) return plain;
    if (ORGANISATION.test(t) && namesABody(t.replace(/[”“"„]/gu, '')) && !findDate(t)) return t;
  }
  // `MOTORPSYK 2000` / `en motorcykelklub for psykiatriens ansatte`: a name, then a line that tells what it is.
  for (let k = 0; k + 1 < Math.min(header.length, 15); k++) {
    const t = header[k]!.text.trim();
    const j = header.slice(k + 1).findIndex((l) => !l.blank);
    const next = j >= 0 ? header[k + 1 + j]!.text.trim() : '';
    if (!header[k]!.blank && /^\p{Lu}[\p{L}\d&'’\- ]{1,40}$/u.test(t) && t.split(/\s+/).length <= 4 && /^(?:en|et)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}*(?:forening|klub|laug|selskab|kor|gruppe|råd|netværk)\b/u.test(next)) return t;
  }
  return null;
}

/** The chair named in a field (`Mødeleder: X`) or elected, listed among the members, chairs among them; not listed, is listed as chair. */
function seatChair(chair: string | null, participants: Participant[]): void {
  if (chair === null) return;
  const listed = participants.filter((p) => p.name === chair);
  if (listed.length === 0) participants.unshift({ name: chair, role: null, group: 'chair', note: null });
  else if (!listed.some((p) => p.group === 'chair')) {
    const member = listed.find((p) => p.group === 'member');
    if (member) member.group = 'chair';
  }
}

/** A person's name: capitalised words, an initial with or without its full stop (`Peter R blev valgt`). */
const PERSON = `(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}[\\p{L}'’\\-]+|\\p{Lu}\\.|\\p{Lu}(?=\\s+\\p{Ll}))){0,3})`;
/**
 * Who was elected, in that item's record: `Ole Berg blev valgt (til dirigent)`, `… Kaj Munk, som blev valgt`,
 * `Som dirigent blev valgt Ole Berg`, `Andreas er ordstyrer`, `Dirigent: Ole Berg`, `Dirigent Hans Berg, referent …`. The office after
 * `valgt som` must be the chair's (`Bo Lind blev valgt som referent` is not).
 */
const ELECTED = [
  // `Jytte Nissen fra Musikforeningen Cæcilia blev valgt`: the person, not where she is from.
  new RegExp(`(?<![\\p{L}])${PERSON}\\s+fra\\s+[^,.]{2,60}?\\s+(?:blev|er)\\s+(?:enstemmigt\\s+)?valgt(?:\\s+(?:som|til)\\s+(\\p{L}+))?`, 'gu'),
  // `Ib Holm, have 243, vælges til dirigent`, `Ib Holm, Skovvej 17 blev valgt`: an address or a garden's number after the name.
  // (`blev foreslået og valg til dirigent`: the participle's t lost before `til` or `som`.)
  new RegExp(`(?<![\\p{L}])${PERSON}(?:\\s*\\([^()]*\\))?(?:,\\s*(?!(?:og|men|så)\\s+(?:begge|alle|de|disse)\\b)[\\p{L}\\d][^,.]{0,30}?,?(?=\\s+(?:som\\s+)?(?:blev|er|bliver|vælges|valgtes)\\b))?,?\\s+(?:som\\s+)?(?:(?:blev|er|bliver)\\s+(?:(?!ikke\\b)\\p{Ll}+\\s+){0,2}?(?:foreslået og\\s+)?(?:gen)?(?:valgt|valg(?=\\s+(?:som|til)\\s|\\s*[,.]|\\s*$))|vælges|valgtes)(?:\\s+(?:som|til(?:\\s+at\\s+være)?)\\s+(\\p{L}+))?`, 'gu'),
  // `Herefter blev Inga K valgt som dirigent`: the verb before the one elected.
  new RegExp(`(?<![\\p{L}])blev\\s+${PERSON}\\s+(?:enstemmigt\\s+)?(?:gen)?valgt\\s+(?:som|til)\\s+(${CHAIR_WORD})\\b`, 'gu'),
  // `X foreslog på bestyrelsens vegne valg af Ole Berg, Vejen 4, som dirigent`, `… foreslog Ole Berg (OB) som dirigent`, `… foreslog Ole Berg til at lede mødet`.
  new RegExp(`(?<![\\p{L}])(?:foreslog|foreslår|foresloges|foreslås|indstillede)\\s+(?:[\\p{Ll}\\s]{0,60}?\\s)?(?:valg\\s+af\\s+)?${PERSON}(?:\\s*\\([^()]*\\))?(?:,\\s*[^,.]{2,40},)?\\s+(?:(?:som|til)\\s+${CHAIR_WORD}|til\\s+at\\s+lede\\b)`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:[Ss]om|[Tt]il)\\s+${CHAIR_WORD}\\s+blev\\s+(?:enstemmigt\\s+)?valgt\\s+${PERSON}`, 'gu'),
  // (`… valgte vi, at Susan Holm er fast ordstyrer`: the office held for good.)
  new RegExp(`(?<![\\p{L}])${PERSON}\\s+(?:er|var)\\s+(?:fast\\s+)?${CHAIR_WORD}\\b`, 'gu'),
  // `Hans mødeleder og Jens referent.`, `Tim Holm valgt.`: the name, then the office or the word, with no verb.
  new RegExp(`^${PERSON}\\s+${CHAIR_WORD}\\b`, 'gu'),
  // (Not another office's: `Eva valgt som referent, Bo valgt som dirigent`.)
  new RegExp(`^${PERSON}\\s+(?:enstemmigt\\s+)?valgt\\b(?!\\s+(?:som|til)\\s+(?:referent|kasserer|formand|næstformand|sekretær|revisor|suppleant|stemmetæller))`, 'gu'),
  // `Bo Lind blev foreslået og takkede ja.`: proposed, and said yes.
  new RegExp(`^${PERSON}\\s+blev\\s+foreslået(?:\\s+(?:som|til)\\s+${CHAIR_WORD})?\\s+og\\s+(?:takkede\\s+ja|sagde\\s+ja|accepterede|modtog\\s+valget)\\b`, 'gu'),
  // `Bo Lind blev foreslået som dirigent og valgt enstemmigt.`
  new RegExp(`(?<![\\p{L}])${PERSON}\\s+blev\\s+foreslået\\s+(?:som|til)\\s+${CHAIR_WORD}\\s+og\\s+(?:blev\\s+)?(?:enstemmigt\\s+)?valgt\\b`, 'gu'),
  // `Bestyrelsen foreslog Åge Mørk, der blev valgt.`
  new RegExp(`(?<![\\p{L}])(?:foreslog|foreslår|foresloges|foreslås)\\s+${PERSON},?\\s+(?:der|som)\\s+(?:blev|er)\\s+(?:enstemmigt\\s+)?valgt\\b`, 'gu'),
  // `Valget faldt på Jønne (Ringhaven), der takkede …`: the choice fell on someone.
  new RegExp(`(?<![\\p{L}])[Vv]alget\\s+faldt\\s+på\\s+${PERSON}`, 'gu'),
  // `Bo Dal og Eva Holm foreslås og vælges som dirigenter`: proposed and elected in the present, the first of two named.
  new RegExp(`^${PERSON}(?:\\s+og\\s+\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}[\\p{L}'’\\-]+){0,3})?\\s+(?:blev\\s+)?(?:foreslås|foreslået)\\s+og\\s+(?:vælges|valgt|valgtes)\\s+(?:som|til)\\s+${CHAIR_WORD}(?:er|erne)?(?!\\p{L})`, 'gu'),
  // `Direktør for Holmby Rejseforening, Lars Vinter, blev foreslået og valgt.`: who the person is, then the name between commas.
  new RegExp(`^\\p{Lu}[^,.]{2,60},\\s*${PERSON},\\s+blev\\s+(?:enstemmigt\\s+)?(?:foreslået\\s+og\\s+)?valgt\\b(?!\\s+(?:som|til)\\s+(?:referent|kasserer|formand|næstformand|sekretær|revisor|suppleant|stemmetæller))`, 'gu'),
  // `Robert foreslået og valgt`: the name, then proposed and elected, with no verb before.
  new RegExp(`^${PERSON}\\s+(?:enstemmigt\\s+)?foreslået\\s+og\\s+(?:enstemmigt\\s+)?valgt\\b`, 'gu'),
  new RegExp(`(?<![\\p{L}])${CHAIR_WORD}\\s*:?\\s+${PERSON}`, 'giu'),
  // `Sten Holm påtog sig opgaven`, `Bo Dal modtog valg som dirigent`: who took it on.
  new RegExp(`^${PERSON}\\s+påtog\\s+sig\\s+(?:opgaven|hvervet)\\b`, 'gu'),
  new RegExp(`(?<![\\p{L}])${PERSON}\\s+modtog\\s+(?:gen)?valg(?:\\s+(?:som|til)\\s+(\\p{L}+))?`, 'gu'),
  // `Bo Dal blev enstemmig valgt`, `I stedet valgtes Aage Holm`, `… enighed om at vælge Eva Holm som dirigent`.
  new RegExp(`(?<![\\p{L}])${PERSON}\\s+blev\\s+enstemmig\\s+valgt(?:\\s+(?:som|til)\\s+(\\p{L}+))?`, 'gu'),
  // (After a short adverb: `Her valgtes Bo Dal, der …`, `Derefter valgtes …`.)
  new RegExp(`^(?:(?:[Ii]\\s+stedet|[Hh]er|[Hh]erefter|[Dd]erefter|[Dd]ernæst|[Ss]å)\\s+)?valgtes\\s+${PERSON}`, 'gu'),
  // `Valgt blev Jørn Holm.`, `Valgt uden afstemning blev Knud Dal.`: the verb first.
  new RegExp(`^[Vv]algt(?:\\s+(?:uden\\s+afstemning|enstemmigt))?\\s+blev\\s+${PERSON}`, 'gu'),
  new RegExp(`(?<![\\p{L}])vælge\\s+${PERSON}\\s+(?:som|til)\\s+${CHAIR_WORD}`, 'gu'),
];
/** A garden's or a house's number after a name (`Bo Dal (have 25)`, `Bo Dal have 69`): no part of the name. */
/** `Bestyrelsen foreslår Bo Dal. Vedtaget`: proposed, then adopted (read across the sentences' end). */
const PROPOSED_ADOPTED = new RegExp(`(?<![\\p{L}])(?:foreslog|foreslår|foresloges|foreslås|indstillede)\\s+${PERSON}\\.?\\s+(?:[Vv]edtaget|[Gg]odkendt|[Vv]algt)(?!\\p{L})`, 'u');
const HOUSE_NUMBER_END = /\s*\(?\b(?:have|hus|nr\.?)\s*\d+[a-z]?\)?\s*$/iu;
/** A street and its number after a name (`Bo Lind Holmvej 8`), or a flat's number (`Bo (148)`): where the person lives, no part of the name. */
const STREET_END = /,?\s+\p{Lu}\p{Ll}+(?:vej|gade|stræde|allé|alle|plads|torv|vænge|vang|bakken|parken)\s+\d{1,3}[A-Za-z]?$|\s*\(\d{1,4}\)$/u;
const CHAIR_ONLY = new RegExp(`^${CHAIR_WORD}$`, 'iu');
/** The election patterns that name the office itself (`… foreslog EHD som dirigent`). */
const NAMES_CHAIR_OFFICE = new Set(ELECTED.filter((re) => re.source.includes(CHAIR_WORD)));
/** A person's initials, two to four capitals (`KBL`, `EH`), not a word of assent or a placeholder (`OK`, `NN`). */
const INITIALS = /^(?!(?:OK|NN|NA|JA|NEJ|IKKE|INGEN|ALLE)$)\p{Lu}{2,4}$/u;
/** A record that elects the one to lead, in an item not titled as an election (`… foreslog Ib Juhl til at lede generalforsamlingen`). */
const LEADS = new RegExp(`${CHAIR_WORD}|til at lede\\b`, 'iu');

/** The number that opens a heading line, with its word (`Punkt 3:`, `Ad 2.`, `§ 4`), its mark, a letter glued to it (`R1:`), or its first lettered part's letter (`6.a`). */
const NUMBER_PREFIX = /^(?:Add?[.:]?\s*)?(?:dagsordenens\s+|dagsorden(?:en)?\s+(?=pkt|punkt))?(?:(?:Punkt|Pkt\.?|(?:Pt|Ptk)\.?(?=\s*\d)|Dagsordenspunkt|Dagsordenpunkt|§|Nr\.?|Sag)\s*(?:nr\.?\s*)?|[A-ZÆØÅ]{1,2}(?=\d{1,2}\s*[:.]\s))?\d{1,3}(?:\.\d{1,2}(?=\.?\s)|\.?a[.)]?(?=\s+\p{Lu}))?(?:\s+(?:på|af)\s+dagsordenen)?\s*(?:[:.)\-–]|[*>](?=\s)|,(?=\s))?(?:\s*[.)](?!\d))?\s*(?:[-–]\s+(?=\S))?/iu;

/** The chair's office with the one chosen in brackets after it, in an election's title: `… og dirigent (Eva Holm)`. */
const OFFICE_THEN_NAME = /(?:dirigent|ordstyrer|mødeleder)\s*\((\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})\)/u;
/** The one elected, thanking for it at the record's start: `Poul takkede for valget`, `Bo Dal takkede for valget og …`. */
const THANKED_FOR_ELECTION = /^(\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})\s+takkede\s+for\s+valget\b/u;

function electedChair(items: Item[]): string | null {
  for (const [k, item] of items.entries()) {
    const electing = CHAIR_ITEM.test(item.title);
    // The record, or what the heading's line says after the title (`Valg af dirigent: Som dirigent blev valgt …`).
    // (An election's title that runs on into the one elected, `Valg af dirigent: Bo Lind – alt.`, is read first.)
    const titleTail = /^[^:]{3,40}:\s+\S/u.test(item.title) ? item.title.replace(/^[^:]{3,40}:\s+/u, '') : null;
    const record = (electing ? titleTail : null) ?? item.decision ?? titleTail;
    // An election item, or one of the first two whose record elects the one to lead (`… foreslog Ib Juhl til at lede generalforsamlingen`).
    // A title that runs into its record (`Formanden bød velkommen og foreslog` / `Ib Juhl til at lede …`) is read with it.
    // (`Valg af dirigent, bestyrelsen foreslår Bo Dal` / `Vedtaget`: the proposal in the title after a comma, read with the record.)
    const titleTold = electing ? /^[^,]{3,40},\s+(\S.*)$/u.exec(item.title)?.[1] : undefined;
    const said = record !== null && titleTold !== undefined ? `${titleTold} ${record}` : record !== null && !electing && !/[.:?!]$/.test(item.title) && /^\p{Lu}/u.test(record) ? `${item.title} ${record}` : record;
    const leads = k < 2 && said !== null && LEADS.test(said);
    // (`Valg af referent (Bo) og dirigent (Eva)`: the one chosen in brackets after the office, in the title.)
    const bracketed = /^(?:valg|udpegning)\b/iu.test(item.title) ? OFFICE_THEN_NAME.exec(item.title) : null;
    if (bracketed && (looksLikeName(bracketed[1]!) || isGivenName(bracketed[1]!))) return bracketed[1]!;
    if ((!electing && !leads) || record === null || said === null) continue;
    // (`Poul takkede for valget og …`: in the election's item, the one who thanked for it was elected.)
    const thanked = electing ? THANKED_FOR_ELECTION.exec(record.trim()) : null;
    if (thanked && (looksLikeName(thanked[1]!) || isGivenName(thanked[1]!))) return thanked[1]!;
    const text = record.trim();
    const adopted = PROPOSED_ADOPTED.exec(said);
    if (adopted && looksLikeName(adopted[1]!)) return adopted[1]!;
    // (Not after an initial: `Niels H. Elberling valgtes` is one sentence.)
    for (const sentence of said.trim().split(/(?<=[.!?])(?<!(?<!\p{L})\p{Lu}\.)\s+|\n+/u)) {
      for (const re of ELECTED) {
        for (const m of sentence.trim().replace(LIST_BULLET, '').matchAll(re)) {
          // `Dirigent Bo Dal blev valgt`: the role before the name is no part of it.
          // (`Dirigent: Tom Holm Referent: …`: the next office's label is no part of it either.)
          const name = firstMention(m[1]!.trim().replace(/^(?:Dirigent|Ordstyrer|Mødeleder)(?:en)?\s+(?=\p{Lu})/u, '')).replace(NEXT_OFFICE, '');
          if (NOT_A_PERSON.test(name) || ORGANISATION_IN_NAME.test(name) || (m[2] !== undefined && !CHAIR_ONLY.test(m[2]))) continue;
          // A first name alone only where the sentence starts with it (`Andreas er ordstyrer`).
          // … or after `Valget faldt på` (`Valget faldt på Jønne`).
          // (… or where the sentence names the office it was elected to: `Herefter blev Inga K valgt som dirigent`.)
          if (looksLikeName(name) || ((m.index === 0 || /^[Vv]alget\s+faldt/u.test(m[0]) || (m[2] !== undefined && CHAIR_ONLY.test(m[2]))) && /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.?)?$/u.test(name))) return name;
          // (Initials, as minutes name their own people, in the election's item where the sentence starts with them or names the
          // office: `KBL valgt.`, `KBL ordstyrer, EH referent.`, `Bestyrelsen foreslog EHD som dirigent.`.)
          if (electing && INITIALS.test(name) && (m.index === 0 || (m[2] !== undefined && CHAIR_ONLY.test(m[2])) || NAMES_CHAIR_OFFICE.has(re))) return name;
        }
      }
    }
    // The record is the name alone (`Valg af dirigent: Bo Lind`), perhaps with a garden's number (`Bo Lind (have 25)`, `Bo Lind have 69`).
    // (`Holger Referent: Louise`: the next office's label run on after the name is none of it.)
    // (Or the name as the record's first sentence, `Bo Lind. Han konstaterede …`, after a dash, or with where the person is from: `Bo Lind fra Molen`.)
    // (Only in an election's item, and not cut at an abbreviation's full stop: `Søren Chr. Hansen`.)
    // (`Valg af dirigent: Bo Lind.`, `Dirigent – Bo Lind.`, `Valgt som dirigent - Bo Lind` as the record: the election's title or office repeated before the name.)
    const firstLine = text.split('\n')[0]!.replace(LIST_BULLET, '').replace(/^(?:\p{Lu}:\s*)?(?:(?:Valg\s+af\s+|[Vv]algt\s+som\s+)?(?:[Dd]irigent|[Oo]rdstyrer|[Mm]ødeleder)(?:en)?)\s*[.:–-]\s*(?=\S)/u, '');
    const firstSentence = electing ? firstLine.split(/(?<=\p{Ll}{3})\.\s+(?=\p{Lu})/u)[0]! : firstLine;
    // (… or with the street the person lives on: `Bo Lind Holmvej 8`.)
    // (… or with a note in small letters after a dash: `Bo Lind – alt.`.)
    const alone = firstSentence.replace(/^[-–]\s*/u, '').replace(/\s+[-–]\s+\p{Ll}[\p{Ll} .]{0,20}$/u, '').replace(/\s+\p{Lu}\p{Ll}+:.*$/u, '').replace(/\s+(?:og|samt|&)$/u, '').replace(/[.,]$/, '').replace(HOUSE_NUMBER_END, '').replace(/\s+fra\s+\p{Lu}[\p{L}\- ]{1,40}$/u, '').replace(STREET_END, '');
    // (`Vedtaget`, `Godkendt`: what became of the election, no one's name.)
    if (USUAL_TITLE.test(alone) || ASSEMBLY_TITLE.test(alone)) continue;
    if (looksLikeName(alone) || (/^\p{Lu}\p{Ll}{2,}(?:\s+\p{L}{2,}){0,2}$/u.test(alone) && !NOT_A_PERSON.test(alone) && electing && outcomeOf(alone) === null)) return alone;
    if (electing && INITIALS.test(alone)) return alone;
    // (`Per Holm, Holmby Fodslaw`, `Bo Lind; referent: Ib Dal`, `Bo Lind, herunder gennemgang af …`: in the election's item, the name
    // before a comma or a semicolon, what follows being where the person is from, the next office or what was done.)
    const beforeMark = electing ? /^([^,;]{3,40}?)\s*[,;]\s*\S/u.exec(firstSentence.replace(/^[-–]\s*/u, '')) : null;
    if (beforeMark && looksLikeName(beforeMark[1]!)) return beforeMark[1]!;
  }
  return null;
}

/** The participant marked as the one to lead the meeting (`Bo Dal (mødeleder)`). */
function markedChair(people: Participant[]): string | null {
  return people.find((p) => /\b(?:mødeleder|ordstyrer|mgdeleder|modeleder)\b/iu.test(`${p.note ?? ''} ${p.role ?? ''}`))?.name ?? null;
}

/** The one participant listed as the chair (`Formand: Bo Dal`, `Bo Dal, formand`). */
function groupChair(people: Participant[]): string | null {
  const chairs = people.filter((p) => p.group === 'chair');
  return chairs.length === 1 ? chairs[0]!.name : null;
}

/** A meeting told as held (`blev der afholdt generalforsamling`, `afholdt søndag den 1. marts det årlige kredsmøde`, `Mødet fandt sted`). */
const MEETING_HELD_PAST = /(?<!\p{L})(?:blev\s+(?:der\s+)?(?:af)?holdt|afholdte?|fandt\s+sted)(?:\s+\S+){0,8}?\s+\p{L}*(?:generalforsamling|årsmøde|kredsmøde|landsmøde|repræsentantskabsmøde|bestyrelsesmøde|medlemsmøde|møde)(?:en|t|r)?(?!\p{L})|(?<!\p{L})(?:generalforsamlingen|årsmødet|mødet)\s+(?:blev\s+)?(?:afholdt|holdt|fandt\s+sted)(?!\p{L})/iu;
/** What was done at a meeting, told in the past: elections, approvals, a welcome. */
const DONE_AT_MEETING = /(?<!\p{L})(?:(?:blev|var)\s+(?:\p{L}+\s+){0,3}?(?:gen)?valgt|(?:gen)?valgtes|(?:bød|budt|budte)\s+(?:\p{L}+\s+){0,4}?velkommen|konstitueret|konstituerede\s+sig|blev\s+(?:\p{L}+\s+){0,2}?(?:godkendt|vedtaget|taget til efterretning)|godkendtes|vedtoges|aflagde\s+beretning|konstaterede)(?!\p{L})/giu;
/** What was done, told in the past or the perfect: `blev`, `besluttede`, `var`, `gik`, `er lavet` (not `har været`, a proposal's background). */
const TOLD_PAST_WIDE = /(?<!\p{L})(?:blev|var|havde|gik|kom|fik|sagde|\p{Ll}{3,}ede|(?:af|frem|fore)lagde|gennemgik|fortalte|oplyste|meddelte|spurgte|foreslog|(?:gen)?valgtes|bød|(?:har|er|havde)\s+(?:(?:nu|også|netop|allerede)\s+)?(?:blevet|lavet|sendt|købt|fået|holdt|afholdt|modtaget|kommet|gået|besluttet|aftalt|udsendt|indkøbt|opsat|bestilt|indkaldt))(?!\p{L})/gu;

/**
 * A chore given out, in the present (`Bo kontakter maleren`, `H-J taler med Morten`, `Der tales om …`): notes of
 * a meeting held. (Not `Formanden orienterer`, `Kassereren gennemgår`: an agenda says who will present.)
 */
const CHORE_TOLD = /(?<![\p{L}-])(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s+(?:taler|snakker|kontakter|undersøger|sender|skriver|sørger|søger|ringer|booker|bestiller|rykker|skaffer|tjekker|køber|finder)|[Dd]er\s+(?:tales|snakkes|arbejdes|laves|males|købes|bestilles|sendes))(?!\p{L})/gu;

/** A meeting told as held, in the past (`… afholdt Holmby Kor den årlige generalforsamling`, `Generalforsamlingen blev afholdt …`; not `skulle have holdt`). */
const TOLD_HELD = /(?<!\p{L})(?<!(?:have|ville|skulle|kunne)\s+)(?:afholdt|holdt|afholdtes|blev\s+afholdt)(?!\p{L})(?!\s+(?:på|den|d\.)\s+\d)[^.!?]{0,80}?(?<!\p{L})(?:\p{L}*[Gg]eneralforsamling(?:en)?|[Åå]rsmøde(?:t)?|\p{L}*møde(?:t)?|[Gg]ildeting(?:et)?|[Ll]andsmøde(?:t)?)(?!\p{L})|(?<!\p{L})(?:\p{L}*[Gg]eneralforsamling(?:en)?|[Åå]rsmøde(?:t)?)\s+blev\s+(?:af)?holdt(?!\p{L})/u;

/** How far above the first record an unnumbered agenda is looked for, in lines. */
const AGENDA_REACH = 120;

/**
 * An agenda printed as unnumbered lines above numbered records (`Valg af dirigent` / `Valg af referent` / … / `Evt.`, then
 * `Ad 1. Valg af dirigent: Bo Dal.`): the records' first two titles are the list's first two lines, and the list ends at
 * its closing entry (`Eventuelt`, `Evt.`) before the records. Notes under its entries (a proposal, the candidates) are no
 * entries. Its entries, numbered by place; none where there is no such list.
 */
function unnumberedListAbove(lines: SLine[], chain: Candidate[]): AgendaEntry[] {
  if (chain.length < 2 || chain[0]!.number !== 1 || chain[1]!.number !== 2 || chain[0]!.rest === '' || chain[1]!.rest === '') return [];
  // (The records' titles made plain once, not for every line tried.)
  const [firstTitle, secondTitle] = [chain[0]!.rest, chain[1]!.rest].map((rest) => plainTitle(rest.replace(/\s+/gu, ' ')));
  const opens = (plainRest: string, t: string) => {
    const plain = plainTitle(t);
    return plain.length >= 4 && plainRest.startsWith(plain);
  };
  // An entry: a title's length, no sentence ended by a full stop (but a short title's own, `Valg af revisor.`), no label, no
  // person (`Bo Dal – ønsker ikke genvalg`, `Eva Holm (ikke på valg)`).
  const entry = (t: string) => {
    const words = t.split(/\s+/u).length;
    if (words > 12 || !/^\p{Lu}/u.test(t) || /:\s*\S|:$/u.test(t) || looksLikeName(t.split(/\s+[-–(]/u)[0]!.trim())) return false;
    return !/[.!?]$/u.test(t) || (words <= 6 && !/,/u.test(t)) || CLOSING_TITLE.test(t);
  };
  const first = chain[0]!.index;
  for (let at = first - 1; at >= 0 && at >= first - AGENDA_REACH; at--) {
    const t = lines[at]!.blank ? '' : lines[at]!.text.trim();
    if (t === '' || !opens(firstTitle!, t) || !entry(t)) continue;
    const second = nextNonBlank(lines, at);
    if (second >= first || !opens(secondTitle!, lines[second]!.text.trim())) continue;
    const entries: AgendaEntry[] = [];
    for (let i = at; i < first; i++) {
      const x = lines[i]!.blank ? '' : lines[i]!.text.trim();
      if (x === '' || !entry(x)) continue;
      entries.push({ number: entries.length + 1, rest: x.replace(/[.:]$/u, ''), index: i });
      if (CLOSING_TITLE.test(x)) return entries.length >= 3 ? entries : [];
    }
    return [];
  }
  return [];
}

/** The fewest words of a numbered entry told as what was done (`Bo Dal blev valgt til dirigent.`). */
const TOLD_WORDS = 5;

/** The shortest run of numbered paragraphs that outweighs a lone numbered heading the chain took. */
const MIN_RUN_OVER_ONE = 4;

/** A heading that is its number alone (`Punkt 2.`, `Pkt. 3`, `Ad 4)`, `5.`). */
const NUMBER_ALONE_HEADING = /^(?:Add?\.?\s*)?(?:(?:dagsordenens\s+)?(?:Punkt|Pkt\.?)\s*)?\d{1,3}\s*[.):]?$/iu;

function buildItem(
  lines: SLine[],
  c: Candidate,
  stop: number,
  layout: TextLayout,
  isMinutes: boolean | null,
  names: string[],
  diags: DiagnosticList,
  caseLine: SLine | null,
  meetingBody: string | null,
  listedTitle: string | null,
  meetingDate: string | null = null,
): Item {
  let extent = c.untitled ? [] : headingExtent(lines, c, stop, layout);
  // `Punkt 2.` / `Hovedbestyrelsen:` / … under an agenda: a number alone over a label of its text; the agenda's entry is the title.
  // (So is text under it, the record's first line: `Punkt 1:` / `Ændringer til tilmeldingen: der kan ikke …`.)
  const textUnder = (t: string) => /:$/u.test(t) || t.split(/\s+/u).length > 12 || /\p{L}[:.]\s+\p{L}/u.test(t);
  if (listedTitle !== null && c.gluedText === undefined && extent.length === 2 && NUMBER_ALONE_HEADING.test(lines[extent[0]!]!.text.trim()) && (c.recordOfEntry === true || textUnder(lines[extent[1]!]!.text.trim())) && !plainTitle(lines[extent[1]!]!.text).startsWith(plainTitle(listedTitle))) extent = [extent[0]!];
  const bodyFrom = extent.length > 0 ? extent[extent.length - 1]! + 1 : c.index;
  let heading = '';
  // A case number set at the right of a heading line (`Tilskud 2024     Sagsnr. 24/1002`), also of its first line when the title wraps.
  let headingCase: string | null = null;
  for (const i of extent) {
    let t = lines[i]!.text.replace(BULLET_START, '');
    const tc = TRAILING_CASE.exec(t);
    if (tc && tc.index > 0 && headingCase === null) {
      headingCase = tc[1] ?? tc[2]!;
      t = t.slice(0, tc.index).trim();
    }
    heading = heading === '' ? t : /[\p{L}\d]-$/u.test(heading) ? joinHyphenated(heading, t) : `${heading} ${t}`;
  }
  // `KOM 19-027 Turismestrategi`: the running case number heading the item is its case number, not its title's.
  const yearCase = YEAR_CASE_PREFIX.exec(heading);
  if (yearCase) {
    headingCase ??= yearCase[1]!;
    heading = heading.slice(yearCase[0].length);
  }
  let rest = c.numberAt !== undefined || c.unnumbered || c.gluedText !== undefined ? c.rest : singleNumber(heading).replace(CASE_ID_PREFIX, '').replace(NUMBER_PREFIX, '').trim();
  // `Dagsorden pkt. 1` alone over its paragraph: the line as printed is the item's only title.
  if (rest === '' && c.numberAt === undefined && !c.unnumbered && c.gluedText === undefined && /^(?:Add?[.:]?\s*)?dagsorden(?:en)?\s+(?:pkt|punkt)/iu.test(heading)) rest = heading.trim();
  // `Ad 3. -`: a dash for nothing recorded, no title.
  if (/^[-–—.…]+$/u.test(rest)) rest = '';
  // `1. : Fakturering`: a colon left before the title is no part of it.
  rest = rest.replace(/^:\s+(?=\p{L})/u, '');
  // `Pkt. 2 & 3: …`: the other numbers the heading covers are not title.
  if (c.through !== undefined || c.also !== undefined) {
    const joint = JOINT.exec(rest);
    if (joint) rest = joint[2] ?? '';
    // (`3. - 8. Valg af …`: the dash went with the first number, the last one opens what is left.)
    else rest = rest.replace(new RegExp(`^${c.through ?? c.also}\\s*[:.)]?\\s+(?=\\S)`, 'u'), '');
  }
  if (c.numberAt !== undefined) {
    // The title line as found (`Sag nr. 130` under it): its case number is in `headingCase` already.
    const tc = TRAILING_CASE.exec(rest);
    if (tc && tc.index > 0) rest = rest.slice(0, tc.index).trim();
  }
  // Numbered minutes under a numbered agenda (`1. Godkendelse af dagsorden` … `Referat:` `1. Dagsordenen blev godkendt.`):
  // the agenda's entry is the title and the sentence is the item's text.
  // `Ad 1) Godkendt`, `Ad 6) Der er kommet et nyt hold`: `Ad` refers to the agenda's entry; what follows it on the line is its record,
  // where it is a sentence or nothing is written under it (`Ad 2. Uddeling af prisen for 2030` over its text is the entry's title as printed here).
  const under = lines.slice(bodyFrom, stop).some((l) => !l.blank && /\p{L}/u.test(l.text));
  const adRecord = c.gluedText === undefined && listedTitle !== null && rest !== '' && /^Add?\b/iu.test(heading) && !plainTitle(rest).startsWith(plainTitle(listedTitle)) && !/[:]$/u.test(rest) && (!under || /[.!?;]$/u.test(rest) || POINT_FIRST.test(rest));
  const underAgenda = c.gluedText === undefined && listedTitle !== null && rest !== '' ? (adRecord ? rest : recordedUnderAgenda(rest, listedTitle)) : null;
  let recorded = c.gluedText ?? underAgenda;
  // An untitled entry told as a sentence (`1. Bo Dal blev valgt …`) wrapped over more lines: all of it is the record.
  if (c.gluedText !== undefined && c.rest === '' && extent.length > 1 && c.numberAt === undefined && !c.unnumbered) recorded = singleNumber(heading).replace(CASE_ID_PREFIX, '').replace(NUMBER_PREFIX, '').trim();
  let title = rest === '' && listedTitle ? listedTitle : underAgenda !== null ? listedTitle! : rest;
  const headingLine = title;
  // `2.  Valg af stemmetællere      Bo Dal og Eva Holm`: a table's row set with spaces, the title's cell then what was done.
  const cells = recorded === null && extent.length === 1 && title === rest ? titleCells(lines[c.index]!, rest) : null;
  if (cells) {
    title = cells.title;
    recorded = cells.text;
  }
  // `ad 1.` alone with no agenda to refer to, over `Valg af ordstyrer`: the line under it is the title.
  let textFrom = bodyFrom;
  if (title === '' && /^Add?\b/iu.test(heading)) {
    const j = nextNonBlank(lines, bodyFrom - 1);
    const t = j < stop ? lines[j]!.text.trim() : '';
    if (/^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 10 && !/[.:;!?]$/.test(t) && !isBlockHeadingLine(t)) {
      title = t;
      textFrom = j + 1;
    } else if (/^\p{Lu}/u.test(t) && !isBlockHeadingLine(t)) {
      // `Ad. 0` / `Valg af referent Pia Holm blev valgt som referent.`: the title runs into what was done on the line under it.
      const glued = gluedTitle(t);
      // (A title names a topic: no verb and no comma in it — `Formanden bød velkommen, og derefter valgtes` is a sentence.)
      if (glued && glued.title.split(/\s+/).length <= 8 && !/,/u.test(glued.title) && namesATopic(glued.title)) {
        title = glued.title;
        recorded = glued.text;
        textFrom = j + 1;
      }
    }
  }
  // `Godkendelse af dagsorden: Godkendt`, `Økonomi. Regnskabet blev taget til efterretning.`: the result on the heading's line.
  // Only for a heading with nothing under it: with text below, `Ansøgning – afslået af kommunen` describes the case.
  const bare = lines.slice(textFrom, stop).every((l) => l.blank);
  // `1. Fraværende: Bo Holm`, in minutes and agendas alike: the attendance label is the title, the names its text.
  const attendanceHeading = recorded === null ? /^([^:]{3,30}):\s+(\S.{0,200})$/u.exec(title) : null;
  if (attendanceHeading && groupLabel(attendanceHeading[1]!) !== null) {
    title = attendanceHeading[1]!;
    recorded = attendanceHeading[2]!;
  }
  // `VALG AF DIRIGENT Bo Dal valgt`: a title in capitals, the record after it (before any other reading of the line).
  const capitals = recorded === null && isMinutes !== false ? capitalsTitle(title) : null;
  if (capitals) {
    title = capitals.title;
    recorded = capitals.text;
  }
  // `Eventuelt Bo Dal` (the signature under it run onto its line), `Evt. ~ooo~`, `Eventuelt Bilagsoversigt: …`: the closing item's
  // title, then what the page printed after it, neither title nor record.
  const closingJunk = recorded === null ? CLOSING_THEN_JUNK.exec(title) : null;
  if (closingJunk) title = closingJunk[1]!;
  // `Eventuelt Bo Dal: Kære venner …`: the closing item, then who spoke and what was said.
  const speaker = recorded === null ? CLOSING_THEN_SPEAKER.exec(title) : null;
  if (speaker) {
    title = speaker[1]!;
    recorded = speaker[2]!;
  }
  // `Velkomst ved Bo Dal Bo Dal bød velkommen …`: the presenter's name, then the same name opening what was said.
  const presenterAgain = recorded === null ? PRESENTER_AGAIN.exec(title) : null;
  if (presenterAgain) {
    title = presenterAgain[1]!;
    recorded = `${presenterAgain[2]!} ${presenterAgain[3]!}`;
  }
  // `Behandling af indkomne forslag a. Bestyrelsen foreslår …`, `Valg 9a: Valg af formand …`: the title, then its first lettered point.
  const pointAfter = recorded === null ? titleBeforeFirstPoint(title) : null;
  if (pointAfter) {
    title = pointAfter.title;
    recorded = pointAfter.text;
  }
  // (In an agenda too, where what the line says after its title is the item's text, not a record: `8. Indkomne forslag: Der er
  // indkommet forslag fra Bo Dal om …`.)
  const verdict = recorded === null ? verdictOnHeading(title, bare) : null;
  if (verdict) {
    title = verdict.title;
    recorded = verdict.text;
  } else if (recorded === null && (bare || title.length > 100 || (USUAL_TITLE.test(title) && /^[^.]{3,60}\.\s+\p{Lu}/u.test(title))) && isMinutes !== false) {
    // (Or a usual item's title ended by a full stop before what was said, text under it or not: `Formandens beretning. Beretningen er …`.)
    // `2. Nyt fra formanden Kommunen har svaret …` with nothing under it, or longer than a title: the title runs into what was said.
    const glued = gluedTitle(title);
    if (glued) {
      title = glued.title;
      recorded = glued.text;
    } else if (title.length > 100 && !/^Add?\b/iu.test(heading) && outcomeOf(title.split(/(?<=\.)\s/u)[0]!) === null && runOnRecord(title) === null) {
      // `Temadag om liturgi, lørdag d. 30. november. En orientering v. Julie. …`: sentences on the heading's line; the first is the title.
      for (const m of title.matchAll(/(?<=\p{L}{3}\.)\s+(?=\p{Lu})/gu)) {
        const head = title.slice(0, m.index!);
        // (A word or two before the full stop is a title as short as any: `Tovholdere. Kommunalpolitisk udvalg: Eva, …`.)
        if (head.length < 6 || ABBREVIATION_END.test(head)) continue;
        recorded = title.slice(m.index! + m[0].length);
        title = head.split(/\s+/u).length <= 2 ? head.slice(0, -1) : head;
        break;
      }
    }
  } else if (recorded === null && isMinutes === false && title.length > 40) {
    // An agenda's entry with a note after its usual title on the heading's line (`Valg til bestyrelsen. På valg er …`): the title
    // is the first sentence, the rest the entry's note (no record: the document is an agenda).
    const first = /^([^.]{3,60}?[\p{L})])\.\s+(?=\p{Lu})/u.exec(title);
    if (first && USUAL_TITLE.test(first[1]!) && !ABBREVIATION_END.test(`${first[1]!}.`)) {
      recorded = title.slice(first[0].length);
      title = first[1]!;
    }
  }
  // `1. Regnskabet for 2023 blev godkendt.`, `Punkt 5: driftsbudget godkendt ved håndsoprækning.` with nothing under it:
  // the heading is the resolution, title and decision both.
  // Not a condition (`Hvis mistillidsvotum bliver vedtaget, så valg af ny bestyrelse.`).
  if (recorded === null && bare && isMinutes !== false && /^\p{L}.{10,}[.!]$/u.test(title) && !/^(?:Hvis|Såfremt|Når|Om|Evt\.?|Eventuel|Eventuelt)\b/iu.test(title) && (title.split(/\s+/).length >= 4 || (isMinutes === true && SHORT_RESOLUTION.test(title))) && outcomeOf(title) !== null) recorded = title;
  // `Ad 2. Bestyrelsens beretning blev fremlagt af Bo Dal.` over more text: `Ad` refers to the agenda's entry, and the sentence after it is what was done.
  if (recorded === null && isMinutes !== false && listedTitle === null && /^Add?\b/iu.test(heading) && title.split(/\s+/).length >= 5 && AD_RECORD_VERB.test(title)) recorded = title;
  // `2: Lasse har købt en blomst til bisættelsen.` with nothing under it, in minutes: a sentence of what was done or said is its own record.
  if (recorded === null && bare && isMinutes === true && /^\p{Lu}.{10,}[.!]$/u.test(title) && title.split(/\s+/).length >= 5 && !/^(?:Hvis|Såfremt|Når|Om)\b|\?/iu.test(title) && (FINITE_VERB.test(title) || AD_RECORD_VERB.test(title))) recorded = title;
  // `5) Ingen indkomne forslag`, `Intet til eventuelt` with nothing under it: that nothing came is what was recorded.
  if (recorded === null && bare && isMinutes === true && /^(?:Ingen|Intet|Der\s+(?:var|er)\s+ikke)\s+\p{L}/u.test(title) && outcomeOf(title) === 'none') recorded = title;
  // `5. Næste møde tirsdag den 29. august kl. 18.30.`: the title and, after it, when the next meeting is.
  // (Text under the heading or not: `6/ Næste mødedato. Tirsdag d. 5/3/2032 kl. 18.30` / `Alle er velkomne …`.)
  const next = recorded === null && isMinutes !== false ? NEXT_MEETING_ON_HEADING.exec(title) : null;
  if (next && /\d/.test(next[2]!)) {
    title = next[1]!;
    recorded = next[2]!;
  }
  // `Valg af ny formand blev Bo Dal`: an election's title, then who was chosen, with no mark between.
  const electedAfter = recorded === null && isMinutes !== false ? ELECTED_AFTER_TITLE.exec(title) : null;
  if (electedAfter) {
    title = electedAfter[1]!;
    recorded = electedAfter[2]!;
  }
  // `Valg af referent/referenter Karin Holm og Jens Dal`: an election's title in small letters, then the ones chosen, no mark between.
  const namesAfter = recorded === null && isMinutes !== false ? NAMES_AFTER_ELECTION.exec(title) : null;
  if (namesAfter && namesAfter[2]!.replace(/\.$/u, '').split(/\s*,\s*|\s+og\s+/u).every((n) => looksLikeName(n))) {
    title = namesAfter[1]!.trim();
    recorded = namesAfter[2]!;
  }
  // `Godkendelse af dagsorden Ingen bemærkninger.`: that nothing was said, run on after the title with no mark.
  const nothing = recorded === null && isMinutes !== false ? /^(.{3,80}?[\p{Ll}\d)])\s+((?:Ingen|Intet|Ingenting)\b.{0,40})$/u.exec(title) : null;
  if (nothing && outcomeOf(nothing[2]!) === 'none') {
    title = nothing[1]!;
    recorded = nothing[2]!;
  }
  // `5. Kassebeholdning.Søren Kaarup meddelte,` over its text: a full stop with no space after it ends the title.
  const gluedStop = recorded === null ? GLUED_STOP.exec(title) : null;
  if (gluedStop) {
    title = gluedStop[1]!;
    recorded = gluedStop[2]!;
  }
  // `Valg af revisor; Bo Dal blev genvalgt.`, over more text or none: what was done, run on after the title (run-on.ts).
  // (Also where the whole heading was taken for its own record: `6. Valg af revisor; Bo Dal blev genvalgt.`.)
  const runOn = (recorded === null || recorded === title) && isMinutes !== false ? runOnRecord(title) : null;
  if (runOn && [null, 'economy', 'other'].includes(blockKind(runOn.title)) && !isFieldLabel(runOn.title) && groupLabel(runOn.title) === null) {
    title = runOn.title;
    recorded = runOn.text;
  }
  // `Punkt 5 blev slettet – …`, `Pkt. 3 udgår.`: the point itself is what the sentence is about; its number is its subject, kept.
  if (recorded !== null && /^(?:Punkt|Pkt\.?)\s*\d{1,3}\s+\p{Ll}/u.test(heading) && POINT_AS_SUBJECT.test(recorded) && heading.trim().endsWith(recorded)) recorded = heading.trim();
  // `Formanden aflagde beretning – der blev godkendt.`: a relative clause after the dash goes on with the sentence before it,
  // which is part of what was recorded (the title stays the sentence's first part).
  // (Only after a sentence with its verb: after a title, `Eventuelt – der blev talt om …`, `der` opens a sentence of its own.)
  if (recorded !== null && /^(?:der|som|hvilket|hvilken|hvad)\s/u.test(recorded) && title.trim() !== '' && RECORDED_VERB.test(title) && heading.trim().endsWith(recorded)) {
    const before = heading.trim().slice(0, -recorded.length).trimEnd();
    if (/\s[–-]$/u.test(before) && before.slice(0, -1).trimEnd().endsWith(title.trim())) recorded = `${title.trim()} ${before.slice(-1)} ${recorded}`;
  }
  // The heading's text as printed, where its title and what was done share it (`Bo Dal blev valgt – og konstaterede …`).
  const printedLine = recorded !== null && recorded !== title && headingLine.endsWith(recorded) ? headingLine : null;
  const parts = splitHeading(title, names);
  if (parts.title === '' && !c.untitled) diags.warn('heading-without-title', `Item ${c.number} has a number but no title`, place(lines[c.index]));
  if (extent.length >= 4) diags.info('heading-uncertain', `Item ${c.number}'s heading runs over ${extent.length} lines; check where it ends`, place(lines[c.index]));

  let body = lines.slice(textFrom, stop);
  // A letter's greeting over the sender's name (`Med venlig hilsen` / `Bo Dal`) ends what belongs to the item, wherever it stands.
  const greeting = body.findIndex((l, k) => {
    if (l.blank || !GREETING.test(l.text.trim())) return false;
    const next = body.slice(k + 1).find((x) => !x.blank);
    return next !== undefined && looksLikeName(next.text.trim().replace(/[.,]$/u, ''));
  });
  if (greeting >= 0) body = body.slice(0, greeting);
  // `Ad 2 – Ingen punkter`: the record's own number before it, under the heading of that number, is no part of what was recorded.
  const firstText = body.findIndex((l) => !l.blank);
  const ownNumber = firstText >= 0 ? /^\s*Add?[.:]?\s*(\d{1,3})\s*[-–:.)]?\s*(?=\S)/iu.exec(body[firstText]!.text) : null;
  if (ownNumber && Number(ownNumber[1]) === c.number && !c.unnumbered) body = body.map((l, k) => (k === firstText ? { ...l, text: l.text.slice(ownNumber[0].length) } : l));
  // `Punkt 8:` over a list (`- Udskiftning af lamper …` / `- Kældergang …`): the first entry names the item and is part of its text too.
  if (extent.length === 2 && (c.pattern === 'bare' || c.pattern === 'punkt') && LIST_BULLET.test(lines[extent[1]!]!.text) && !LIST_BULLET.test(lines[c.index]!.text)) body = [lines[extent[1]!]!, ...body];
  // The lines under the heading that are about the item, not its text, in any order: the title
  // repeated (web publications), particulars (`Art: Godkendelse`, `Tid: 5 min.`), an access marker
  // (`Lukket punkt`, `Åbent`), the case number (`Sag 306-2024-1101`, `Lukket - 02.34.00-G00-3-24`).
  let closed = parts.closed;
  let caseNumber: string | null = headingCase;
  if (caseLine && caseNumber === null) {
    const v = caseLineValue(caseLine.text);
    caseNumber = v.caseNumber;
    closed ||= v.closed;
  }
  const fields: Partial<ItemFields> = {};
  const lead = new Set<number>();
  const markers = new Set<boolean>();
  for (let i = 0, seen = 0; i < body.length && seen < 5; i++) {
    const t = body[i]!.text;
    if (body[i]!.blank) continue;
    seen++;
    const f = itemField(t);
    const status = f ? null : STATUS_LINE.exec(t);
    if (seen === 1 && sameTitle(rest, t)) lead.add(i);
    else if (f) {
      Object.assign(fields, f);
      lead.add(i);
    } else if (status) {
      markers.add(closedStatus(status[1]!));
      lead.add(i);
    } else if (caseNumber === null && seen <= 3 && CASE_LABEL_ALONE.test(t) && i + 1 < body.length) {
      // `Sagsnr.` / `450-2018-4075`: the label over its value.
      const j = body.findIndex((l, k) => k > i && !l.blank);
      if (j > i && /^\d[\d.\-A-Z/]{4,}\d$/u.test(body[j]!.text)) {
        caseNumber = body[j]!.text;
        lead.add(j);
      }
      // A label left without its value (`Sagsid.:` over the next label) is a lead line all the same.
      lead.add(i);
    } else if (caseNumber === null && seen <= 2 && CASE_REFERENCE.test(t)) {
      caseNumber = CASE_REFERENCE.exec(t)![1]!;
      lead.add(i);
    } else if (seen <= 4 && CASE_META.test(t)) {
      lead.add(i);
    } else if (seen <= 4 && CASE_NUMBER.test(t)) {
      // A case system's id lines (`Dok.nr.: 1965` / `Sagsid.: 14/40 Initialer: ab Åben sag`): the first gives the case number, all are lead lines.
      const v = caseLineValue(t);
      caseNumber ??= v.caseNumber;
      closed ||= v.closed;
      lead.add(i);
    }
  }
  // Both markers under one heading (a form's `Åbent punkt` / `Lukket punkt` whose tick was lost) say nothing.
  if (markers.size === 2) diags.info('access-uncertain', `Item ${c.number} prints both an open and a closed marker; its access is read from the heading only`, place(lines[c.index]));
  else if (markers.has(true)) closed = true;
  // An entry listed under `Lukket møde:`.
  if (lines[c.index]!.closedGroup === true) closed = true;
  if (lead.size > 0) body = body.filter((_, i) => !lead.has(i));
  if (recorded) body = [{ ...lines[c.index]!, text: recorded }, ...body];
  // What a heading's line records after its title was said at the meeting, also where the document does not say it is minutes.
  const { sections, attachments } = buildSections(body, layout, isMinutes === null && verdict ? true : isMinutes);
  historyApart(sections, meetingBody, meetingDate);
  if (isMinutes === true) {
    resolutionFirst(sections);
    resolutionInside(sections);
  }
  if (isMinutes !== false) {
    recommendationAndDecision(sections);
    resolutionLast(sections);
  }
  // `1. Bo Holm blev valgt som dirigent` with nothing under it: a heading that is its own record (its title was never printed).
  // `4) Ingen noteringer.`, `7) Dette punkt tages op i arbejdsgruppen.`: a sentence that says what became of the item, the same.
  const headingOutcome = outcomeOf(parts.title);
  if (isMinutes === true && sections.length === 0 && headingOutcome !== null && (HEADING_RECORD.test(parts.title) || headingOutcome === 'none' || (/[.!]$/.test(parts.title) && parts.title.split(/\s+/).length >= 4 && !/^(?:Hvis|Såfremt|Når|Om)\b/iu.test(parts.title)))) sections.push({ kind: 'decision', heading: null, text: parts.title });
  // `1. Bo Holm blev valgt til ordstyrer` over more text (`Eva Dal blev valgt til referent.`), or before more on its line
  // (`3/ Regnskab blev fremlagt. Der var to spørgsmål …`), no agenda titling it: the heading tells what was done, and is
  // the record's first sentence; the text after it goes on.
  // (Told on the heading's own line, the title's sentence ends where the line goes on: `Bo fremlagde beretningen. Se den!`.)
  else if (isMinutes === true && sections.length > 0 && !sections[0]!.text.startsWith(parts.title) && listedTitle === null && (HEADING_RECORD.test(parts.title) || TOLD_SENTENCE.test(sentenceOnLine(parts.title, printedLine))) && parts.title.split(/\s+/).length >= 3 && !/^(?:Hvis|Såfremt|Når|Om)\b/iu.test(parts.title)) {
    const first = sections[0]!;
    // What stood between the title and the rest on their line (a dash, a full stop) stays as printed.
    const from = printedLine?.startsWith(parts.title) && recorded !== null && first.text.startsWith(recorded) ? printedLine : null;
    if (first.kind === 'decision' && first.heading === null) first.text = from !== null ? `${from}${first.text.slice(recorded!.length)}` : `${parts.title}\n${first.text}`;
    else sections.unshift({ kind: 'decision', heading: null, text: parts.title });
  }
  // A dash alone on the last line of a block (`Udgik.` / `-`): the page's separator before the next case, no part of the text.
  for (const sec of sections) if (/\n[-–—]\s*$/u.test(sec.text)) sec.text = sec.text.replace(/(?:\n[-–—]\s*)+$/u, '');
  // `Vinterklargøring?`, `?`: a short question alone under the title is what was to be asked, not what was decided.
  // `Politisk behandling` / `Kultur- og Demokratiudvalget (anbefaler), 03.09.2031`: the route the case takes through the bodies, not what one decided.
  for (const s of sections) if (s.kind === 'decision' && ((s.heading === null && OPEN_QUESTION.test(s.text.trim())) || TREATMENT_ROUTE.test(s.text.trim()))) s.kind = 'background';
  const decisionTexts = sections.filter((s) => s.kind === 'decision').map((s) => s.text);
  // A dash or a dot alone (`-`, `…`) records nothing; nor does a number alone (`4`, `2.`: a page's number, a contents table's).
  const decision = decisionTexts.length && !/^[\s\-–—.…\d]*$/u.test(decisionTexts.join('')) ? decisionTexts.join('\n') : null;
  if (isMinutes === true && decision === null) {
    diags.warn('item-without-decision', `Item ${c.number} (${parts.title}) has no recorded decision`, place(lines[c.index]));
  }
  const content = [lines[c.index]!, ...body].filter((l) => !l.blank && l.page !== null);
  const pages = content.length ? { start: content[0]!.page!, end: content[content.length - 1]!.page! } : null;
  return {
    number: c.number,
    title: parts.title,
    heading,
    itemType: parts.itemType ?? fields.itemType ?? null,
    presenter: parts.presenter ?? fields.presenter ?? null,
    durationMinutes: parts.durationMinutes ?? fields.durationMinutes ?? null,
    closed,
    caseNumber,
    sections,
    decision,
    outcome: finalOutcome(sections) ?? electionOutcome(parts.title, decision) ?? answerOutcome(parts.title, decision) ?? feeOutcome(parts.title, decision) ?? reportOutcome(parts.title, parts.itemType ?? fields.itemType ?? null, decision, isMinutes),
    attachments,
    pages,
  };
}

/**
 * A title, then a run of spaces, then what was done (`Valg af dirigent      Bo Dal   Valgt`): the heading's line had cells, and the
 * title is the first of them that the heading's rest holds. Never a page number or a case number.
 */
function titleCells(l: SLine, rest: string): { title: string; text: string } | null {
  // (Or two or three spaces on a numbered line, `3) Regnskab ved Bo Dal  Godkendt`: a table's row set narrowly, or a justified line's
  // space; the title then names its topic, no clause's verb in it, and what follows opens with a capital or a figure, no time it takes.)
  const narrow = l.cellBreaks === undefined;
  const breaks = l.cellBreaks ?? l.gapBreaks;
  if (breaks === undefined || l.cellText !== l.text) return null;
  const start = l.text.length - rest.length;
  const cut = breaks.find((b) => b > start);
  if (narrow && cut !== undefined) {
    const head = l.text.slice(start, cut).trim();
    const tail = l.text.slice(cut).trim();
    // (Not a sentence told before the gap, `Beretning: Bo aflagde den.  Godkendt.`, nor a title in capitals going on, `EVT.  PROTOKOL VED …`.)
    if (LINKING_WORD.test(head) || /[,;:–-]$|[:;]\s|[.!?]\s+\p{Lu}/u.test(head) || /^\p{Lu}{2,}\.?\s+\p{Lu}{2,}/u.test(tail) || hasFiniteVerb(head.replace(/\([^()]*\)/gu, '')) || CLAUSE_VERB.test(head.replace(/\([^()]*\)/gu, '')) || !/^[\p{Lu}\d]/u.test(tail) || /^\d{1,3}\s*(?:min|minutter|timer?)\b/iu.test(tail)) return null;
  }
  if (cut === undefined || l.text.slice(start, start + rest.length) !== rest) return null;
  // (A narrow gap's title keeps no full stop of its own, `Kirkekoret.  Vedtægterne vedtaget.`; an abbreviation's stays, `Evt.`.)
  const title = narrow ? l.text.slice(start, cut).trim().replace(/(?<=\p{Ll}{4})\.$/u, '') : l.text.slice(start, cut).trim();
  const text = l.text.slice(cut).trim();
  if (!/^\p{Lu}/u.test(title) || title.replace(/\s*\([^()]*\)/gu, '').split(/\s+/).length > 10 || !/\p{L}/u.test(text) || TRAILING_CASE.test(` ${text}`) || /^(?:side\s*)?\d+$/iu.test(text)) return null;
  return { title, text };
}

/** A point's mark opening what follows `Ad 4)` (`a)   Storespilledag 15. november`): the first of the item's points, never its title. */
const POINT_FIRST = /^(?:[a-zæøå]|\d{1,2})[.)]\s/u;

/**
 * Minutes whose portal prints the resolution as the first paragraph of the
 * case, above its account (`Sagsfremstilling` / `Beslutningsforslaget blev
 * oversendt til Magistraten.` / the proposal): with no decision block, a short
 * first paragraph that says what was done is the decision.
 */
function resolutionFirst(sections: Item['sections']): void {
  if (sections.some((s) => s.kind === 'decision')) return;
  const first = sections[0];
  if (!first || first.kind !== 'background') return;
  const [lead, ...rest] = first.text.split('\n');
  if (lead === undefined || rest.length === 0 || lead.split(/\s+/).length > 15 || !/[.!]$/.test(lead) || outcomeOf(lead) === null || !DONE_WORDING.test(lead) || /\b(?:skal|vil|kan|bør)\b/iu.test(lead)) return;
  sections.splice(0, 1, { kind: 'decision', heading: null, text: lead }, { ...first, text: rest.join('\n') });
}

/**
 * A case printed without a decision block whose last line is a verdict alone (`Sagsfremstilling` / the case / `Afslag.`,
 * `Taget til efterretning.`): that line is the decision.
 */
function resolutionLast(sections: Item['sections']): void {
  if (sections.some((s) => s.kind === 'decision')) return;
  const last = sections[sections.length - 1];
  if (!last || !['background', 'recommendation', 'other'].includes(last.kind)) return;
  // (Its last line, or the last sentence of a paragraph whose lines were joined.)
  const at = Math.max(last.text.lastIndexOf('\n'), last.text.search(/(?<=[.!?])\s+\S[^.!?\n]*[.!?]?\s*$/u));
  if (at <= 0) return;
  const verdict = last.text.slice(at).trim();
  if (verdict.split(/\s+/u).length > 5 || !/^\p{Lu}.*\.$/u.test(verdict) || outcomeOf(verdict) === null || /\b(?:skal|vil|kan|bør|indstilles|foreslås|anbefales)\b/iu.test(verdict)) return;
  sections.splice(sections.length - 1, 1, { ...last, text: last.text.slice(0, at).trim() }, { kind: 'decision', heading: null, text: verdict });
}

/** A body named by its kind resolving, told in the past (`Kultur- og Fritidsudvalget besluttede, at …`, `Bestyrelsen godkendte …`). */
const BODY_RESOLVED = /(?:^|(?<=[.!?]\s+|\n))(?:\p{Lu}[\p{L}-]*\s+(?:og\s+)?)?\p{L}*(?:udvalget|rådet|bestyrelsen|Udvalget|Rådet|Bestyrelsen)\s+(?:besluttede|vedtog|godkendte|tiltrådte|anbefalede)(?!\p{L})/u;
/** A body's resolution told in a sentence after the case (`… kost. Bestyrelsen har besluttet at …`, `Udvalget vedtog at …`). */
const RESOLUTION_SENTENCE = /(?<=[.!?]\s+|\n)(?:Bestyrelsen|Udvalget|Rådet|Forældrebestyrelsen|Skolebestyrelsen|Menighedsrådet|Afdelingsbestyrelsen|Vi|Det)\s+(?:har\s+(?:besluttet|vedtaget)|besluttede|vedtog|blev\s+besluttet)\b/u;

/**
 * Minutes whose item has no decision block, its text under a background
 * label (`Baggrund:` / the case / `Bestyrelsen har besluttet at …`): the
 * resolution and what follows it are the decision.
 */
/**
 * `INDSTILLING OG BESLUTNING` / `Udvalget besluttede, at …`: a block for both, where no decision block follows. Its text that
 * tells what the body resolved (`… besluttede`, `… godkendte`) is the decision from that sentence on (all of it, where it opens so).
 */
function recommendationAndDecision(sections: Item['sections']): void {
  if (sections.some((s) => s.kind === 'decision')) return;
  const both = sections.findIndex((s) => s.kind === 'recommendation' && s.heading !== null && /(?<!\p{L})og\s+beslutning/iu.test(s.heading));
  if (both < 0) return;
  const s = sections[both]!;
  const resolved = BODY_RESOLVED.exec(s.text);
  if (!resolved) return;
  if (resolved.index === 0) sections.splice(both, 1, { ...s, kind: 'decision' });
  else sections.splice(both, 1, { ...s, text: s.text.slice(0, resolved.index).trim() }, { kind: 'decision', heading: null, text: s.text.slice(resolved.index).trim() });
}

function resolutionInside(sections: Item['sections']): void {
  if (sections.some((s) => s.kind === 'decision')) return;
  for (let k = 0; k < sections.length; k++) {
    const s = sections[k]!;
    if (s.kind !== 'background' && s.kind !== 'other') continue;
    const m = RESOLUTION_SENTENCE.exec(s.text);
    if (!m) continue;
    sections.splice(k, 1, { ...s, text: s.text.slice(0, m.index).trim() }, { kind: 'decision', heading: null, text: s.text.slice(m.index).trim() });
    return;
  }
}

/** The minutes' taker signing at their end: `Ref. Bo Dal`, `Referent: Eva Holm`, `Referat ved Ib Lund`, `/Bo Dal, referent`. */
const REFERENT_SIGN_OFF = /^(?:(?:Ref\.?|Referent|Referat\s+ved|Referatet\s+er\s+skrevet\s+af)\s*:?\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}|\/?\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3},?\s+\(?(?:referent|ref\.)\)?)\.?$/u;

/** Wording that says a thing was done, not proposed: past forms, `blev`, `intet`. */
const DONE_WORDING = /\b(?:godkendt|vedtaget|vedtog|blev|besluttede|besluttet|valgt|genvalgt|drøftet|drøftede|taget|tog|udsat|afvist|forkastet|enstemmigt|intet|ingen)\b/iu;

/** An item that elects (`Valg af referent`, `Mødeleder og referent`, `Bestyrelsen konstituerer sig`). */
const ELECTION_ITEM = /^(?:valg\b|genvalg|konstituering)|\b(?:dirigent|ordstyrer|referent|mødeleder|stemmetællere?)\b|\bkonstituer|^(?:bilagskontrollant(?:er)?|revisor(?:er)?|revisorsuppleant(?:er)?|suppleant(?:er)?)$/iu;
/** Capitalised words that begin a sentence and are no one's name. */
const NOT_A_NAME = /^(?:Ingen|Intet|Der|Det|Den|De|Vi|Alle|Punktet|Udsat|Bestyrelsen|Formanden|Forsamlingen|Generalforsamlingen|Valg|Genvalg|Forslag|Ja|Nej)$/u;

/**
 * An election item whose record names the ones elected (`Valg af referent:
 * Jeanette`, `Hans mødeleder og Jens referent.`, `Formand Ole Berg`): the
 * election was made, so the item is approved.
 */
/** Items that report rather than decide (`Nyt fra formanden`, `Orientering fra kassereren`, `Meddelelser`, `Siden sidst`, `Personalenyt`, `Nyheder`); examples in tests/house-styles.test.ts. */
export const REPORT_TITLE = /^(?:(?:gensidig\s+|mundtlig\s+|skriftlig\s+)?orientering(?:er)?|orienteringssag|nyt\s+fra|nyt\b|meddelelse(?:r)?|siden\s+sidst|status(?:\s+på|\s+fra)?|information(?:er)?|info\b|bordet\s+rundt|runde(?:n)?\s+rundt|kort\s+nyt|nyheder\b|\p{L}{3,}nyt$)/iu;

/**
 * In minutes, an item that reports (its title, or its type `orientering`),
 * whose record says no more than what was told: taken note of (`noted`).
 */
function reportOutcome(title: string, itemType: string | null, decision: string | null, isMinutes: boolean | null): Item['outcome'] {
  if (isMinutes !== true || decision === null || decision.trim() === '') return null;
  return REPORT_TITLE.test(title.trim()) || /orientering/iu.test(itemType ?? '') ? 'noted' : null;
}

/** Words that tell someone took an office on: `påtog sig hvervet`, `modtog valg`, `takkede ja`. */
/** No one else was put up: `der var ikke andre forslag`, `uden modkandidater`, `ingen andre kandidater`. */
const UNOPPOSED = /(?<!\p{L})(?:(?:ikke|ingen)\s+andre\s+(?:forslag|kandidater|bud)|(?:uden|ingen)\s+modkandidat(?:er)?)(?!\p{L})/iu;
/** Someone put up for the meeting's own office, told in the past (a notice proposes in the present): `Bestyrelsen foreslog Bo Dal som dirigent`. */
const PROPOSED_AS = /(?<!\p{L})(?:foreslog|indstillede)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+\([^()]{1,20}\))?,?\s+som\s+(?:dirigent|referent|ordstyrer|mødeleder|stemmetæller)(?!\p{L})/u;
const TOOK_OFFICE = /(?<!\p{L})(?:påtog\s+sig\s+(?:hvervet|opgaven)|modtog\s+(?:gen)?valg(?:et)?|takke(?:de|r)\s+(?:\p{Ll}+\s+){0,2}?ja(?:\s+tak)?|sagde\s+ja\s+tak)(?!\p{L})/iu;
/** Chosen, told in the present, not what may or must be (`kan genvælges`, `ikke at genvælges`). */
const CHOSEN_PRESENT = /(?<!\b(?:kan|skal|må|bør|vil|ikke|at|ønsker)\s+)(?<!\p{L})(?:gen)?vælges(?!\p{L})(?!\s+(?:for|på)\s+(?:\d|to|tre|et|ét)\b)/iu;
/** An office and who holds it (`Formand: Bent`, `kasserer: Annelise`). */
const OFFICE_HELD = /(?<!\p{L})(?:formand|næstformand|kasserer|sekretær|revisor|suppleant|dirigent|referent)\s*:\s*\p{Lu}\p{Ll}/giu;
function electionOutcome(title: string, decision: string | null): Item['outcome'] {
  if (decision === null || !ELECTION_ITEM.test(title)) return null;
  // `Bestyrelsen foreslog Bo Dal, der påtog sig hvervet.`, `Bo Dal takkede ja.`: one took the office on.
  if (TOOK_OFFICE.test(decision)) return 'approved';
  // `Bestyrelsen foreslog Bo Dal som dirigent. Der var ikke andre forslag.`: one proposed, and no one against.
  if (UNOPPOSED.test(decision) || PROPOSED_AS.test(decision)) return 'approved';
  // `På valg er: Bo, Kim og Gert De genvælges alle 3`, `De interne revisorer genvælges`: chosen, told in the present (not what may be).
  // `Formand: Bent, kasserer: Annelise, sekretær: Lisbeth`: the offices and who holds them, two or more.
  if (CHOSEN_PRESENT.test(decision) || (decision.match(OFFICE_HELD) ?? []).length >= 2) return 'approved';
  // A label over the names (`Valg:` / `Formand Mogens Holm`) is passed over; the title said again above them too
  // (`Valg af stemmetællere.` / `Stemmetællere: Bo Dal og Eva Holm.`): the first lines are read in turn.
  const lines = decision.split('\n').filter((l) => l.trim() !== '' && !/:\s*$/.test(l.trim()));
  if (lines.length > 0 && electedOnLine(lines[0]!, lines.length, false)) return 'approved';
  // (Past the first line, or the first sentence, a name and no less: `Valg af stemmetællere. Stemmetællere: Bo Dal og Eva Holm.`)
  const parts = lines.flatMap((l) => l.split(/(?<=\p{Ll}[.!])\s+(?=\p{Lu})/u)).slice(0, 4);
  return parts.slice(1).some((l) => electedOnLine(l, parts.length, true)) ? 'approved' : null;
}

/** A short question alone on one line (`Vinterklargøring?`, `Hvem tager sig af det?`, `?`): no decision. */
const OPEN_QUESTION = /^(?:[^\n?]{0,80}\?+|\?+)$/u;

/** An office named before the one in it: `Dirigent: `, `Formand - `, `Dirigent var `, `Valg af referent: `, `Valgt til `. */
const OFFICE_BEFORE = /^(?:(?:(?:Gen)?valg(?:t)?\s+(?:af|til)\s+)?(?:Dirigent|Ordstyrer|Referent|Mødeleder|Formand|Næstformand|Kasserer|Sekretær|Stemmetællere?|Revisor(?:er)?|Suppleant(?:er)?)(?:\s*(?::|[-–])|\s+(?:var|er|blev)\b)?\s*|(?:Gen)?valg(?:t)?\s+(?:til|af)\s+)/iu;

/** Whether a line of an election's record names the one elected (`Bo Dal`, `Dirigent var Bo Dal – …`, `a. Eva Holm`, `BGH ordstyrer`). */
function electedOnLine(line: string, count: number, strict: boolean): boolean {
  const first = line.trim().replace(/^(?:[•·▪◦●○■-]|\d{1,2}[.)]|[a-h][.)])\s*/u, '').replace(OFFICE_BEFORE, '').trim();
  const words = first.split(/\s+/).map((w) => w.replace(/[.,;:]$/, ''));
  if (looksLikeName(words.slice(0, 2).join(' ')) || looksLikeName(words.slice(0, 3).join(' '))) return true;
  // `THN`, `GT.`: the one elected by initials alone, the whole record; or initials and the office (`BGH ordstyrer, SH referent.`).
  if (/^\p{Lu}{2,4}$/u.test(words[0] ?? '') && ((words.length === 1 && count === 1) || /^(?:dirigent|ordstyrer|referent|mødeleder|formand|kasserer|sekretær)$/iu.test(words[1] ?? ''))) return true;
  return !strict && /^\p{Lu}\p{Ll}{2,}$/u.test(words[0] ?? '') && !NOT_A_NAME.test(words[0]!) && words.length <= 8;
}

/**
 * An item put as a question (`Bør vi købe en ny maskine?`, `Skal festen
 * flyttes.`) answered `Ja` or `Nej`: approved or rejected.
 */
/** An item that sets the members' fee (`Fastsættelse af kontingent`, `Kontingent for 2032`). */
const FEE_ITEM = /(?<!\p{L})(?:fastsættelse\s+af\s+)?(?:kontingent|medlemskontingent|kontigent)(?!\p{L})/iu;
/** A fee's record that states it, as decided: `Uændret.`, `Fastholdes på 200 kr.`, `250 kr. pr. år.`, `Som sidste år.` */
const FEE_STATED = /^(?:uændret|fastholdes|fastholdt|bibeholdes|bibeholdt|forbliver\s+uændret|som\s+(?:sidste|hidtil|tidligere)(?:\s+år)?|\d[\d.,]*(?:,-)?\s*kr\.?(?:\s*(?:pr\.?|om|per|årligt|halvårligt)\b[^.]{0,20})?)[.!]?(?:\s|$)/iu;

/** `Kontingent` / `Uændret.`: an item that sets the fee, its record stating the fee (approved). */
function feeOutcome(title: string, decision: string | null): Item['outcome'] {
  if (decision === null || !FEE_ITEM.test(title)) return null;
  return FEE_STATED.test(decision.trim()) ? 'approved' : null;
}

function answerOutcome(title: string, decision: string | null): Item['outcome'] {
  if (decision === null || !(/\?\s*$/.test(title) || /^(?:Bør|Skal|Kan|Vil|Må|Ønsker)\s/u.test(title))) return null;
  const answer = /^(Ja|Nej)\b/iu.exec(decision.trim());
  if (!answer) return null;
  return answer[1]!.toLowerCase() === 'ja' ? 'approved' : 'rejected';
}

/** One sentence ending and another starting: a word's end, not an abbreviation's (`v. Ann Dahl`, `jf. Lov om …`). */
const SENTENCE_BREAK = new RegExp(`(?<![\\p{L}.])(?!(?:${ABBREVIATIONS})[.])\\p{L}{2,}[.!?]\\s+\\p{Lu}`, 'u');

/** `Næste møde tirsdag den 29. august`: the next meeting's title and its date, with no mark between. */
const NEXT_MEETING_ON_HEADING = new RegExp(`^((?:${tolerant('Næste')}|Nyt?)\\s+(?:\\p{Ll}+)?${tolerant('møde')}(?:dato)?)\\s*[:.]?\\s+(?:er\\s+|bliver\\s+|holdes\\s+|afholdes\\s+)?((?:${WEEKDAY}|den|d\\.|\\d).*)$`, 'iu');

/** A short title, a full stop with no space and a capitalised word: `Kassebeholdning.Søren Kaarup meddelte`. */
const GLUED_STOP = /^(\p{Lu}\p{Ll}{3,}(?:\s+\p{L}+){0,4})\.(\p{Lu}\p{Ll}+\s.*)$/u;

/** A title, then a verb of telling in the past and who told (`… konstaterede dirigenten`, `… fremlagde kassereren`). */
const INVERTED_RECORD = /^(\p{Lu}[^,.:;!?]{5,70}?)(?=\s+(?:konstaterede|oplyste|fortalte|fremlagde|gennemgik|meddelte|orienterede|redegjorde|forklarede|bemærkede|nævnte|præsenterede)\s+(?:dirigenten|formanden|kassereren|bestyrelsen|næstformanden|sekretæren|revisoren|\p{Lu}\p{Ll}+)\b)/u;

/** A verb in the past that says what was done at the meeting (`fremlagde`, `blev`, `gennemgik`). */
const RECORDED_VERB = /\b(?:blev|blevet|var|fremlagde|gennemgik|orienterede|fortalte|redegjorde|aflagde|godkendte|vedtog|besluttede|drøftede|havde|fik|gav)\b/iu;

/** A case system's particulars under a heading: `Initialer: ab Åben sag`, `Sagsbehandler: Bo Holm`. */
const CASE_META = /^(?:Initialer|Sagsbehandler|Sagsansvarlig)\s*:/iu;

/**
 * The meeting's end told in a sentence: the meeting (`Mødet`, `Generalforsamlingen`, `Årsmødet`) ended, was closed or lifted at a
 * time, or `… begyndte kl. 19:00 og sluttede kl. 19:45`; `ca.` and `planmæssigt` before the time allowed.
 */
const ENDED_IN_SENTENCE = new RegExp(`(?<!\\p{L})(?:(?:[Mm]ødet|[Gg]eneralforsamlingen|[ÅåAa]rsmødet|[Ff]orsamlingen|[Rr]epræsentantskabsmødet|[Bb]estyrelsesmødet)\\s+(?:blev\\s+)?|(?:begyndte|startede)\\s+(?:kl\\.?|klokken)\\s*(\\d{1,2}[.:]\\d{2})\\s+og\\s+)(?:sluttede|afsluttedes|afsluttet|hævet|hævedes|lukkedes|sluttet)\\s+(?:(?:planmæssigt|ca\\.?)\\s+)?(?:kl\\.?|klokken)\\s*(\\d{1,2}[.:]\\d{2})`, 'u');

/** A committee's case id that heads an item (`ØU-55/07-O`), before its title. */
const CASE_ID_PREFIX = /^\p{Lu}{1,5}-\d{1,3}\/\d{2}(?:-\p{Lu})?\s+(?=\p{Lu})/u;
/** A case's route through the bodies, one a line (`Kultur- og Demokratiudvalget (anbefaler), 03.09.2031`): no decision. */
const TREATMENT_ROUTE = /^(?:\p{Lu}[^\n()]{2,80}\((?:anbefaler|beslutter|til efterretning|til orientering|orientering|drøftelse|indstiller|høring)\),?\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:\n|$))+$/u;


/** A passive past of what was done (`blev valgt`, `blev godkendt`): a sentence recording it. */
/** (Or a noun and what became of it first, `Dagsorden godkendt med tilføjelse af to punkter`.) */
const HEADING_RECORD = /\bblev\s+\p{Ll}+(?:et|t)\b|^\p{Lu}\p{Ll}+\s+(?:godkendt|godkendes|vedtaget|udsat|forkastet)(?!\p{L})/u;
/** A heading that is a whole sentence telling what was said or done (`Formanden orienterer om ansættelsen af en graver.`): a verb of telling or deciding, words after it, a full stop. */
const TOLD_SENTENCE = /^\p{Lu}[^.!?]{2,60}?\s(?:orienterer|orienterede|fortæller|fortalte|redegør|redegjorde|gennemgår|gennemgik|fremlægger|fremlagde|oplyser|oplyste|meddeler|meddelte|informerer|informerede|beretter|berettede|godkendes|vælges|besluttes|aftales|drøftes)\s[^!?]{10,}[.!]$/u;

/** A line that is a day and perhaps an hour (`Onsdag den 16. september 2031 kl. 19.00`, `16.09.2031 kl. 19`), nothing else. */
const DATE_LINE_ALONE = new RegExp(`^(?:(?:${WEEKDAY})\\b,?\\s*)?(?:den\\s+|d\\.\\s*)?\\d{1,2}[./-]?\\s*(?:\\p{L}+\\.?|\\d{1,2}[./-])\\s*(?:\\d{2,4})?(?:,?\\s*(?:kl\\.?|klokken)\\s*\\d{1,2}(?:[.:]\\d{2})?(?:\\s*[-–]\\s*\\d{1,2}(?:[.:]\\d{2})?)?)?\\.?$`, 'iu');

/** What befalls an agenda's point, its verb first (`blev slettet`, `udgår`, `bortfaldt`, `blev udsat`). */
const POINT_AS_SUBJECT = /^(?:blev|bliver|er|var|udgår|udgik|bortfalder|bortfaldt|udsættes|flyttes|behandles|tages)\s/u;

/** A title with the mark that ends its sentence on the heading's line (`Bo fremlagde beretningen` of `Bo fremlagde beretningen. Se den!`). */
function sentenceOnLine(title: string, line: string | null): string {
  if (line === null || !line.startsWith(title)) return title;
  const mark = line.charAt(title.length);
  return mark === '.' || mark === '!' ? title + mark : title;
}

/** The title of an election (`Valg af referent`), after which a name is the one elected. */
const ELECTION = /^(?:(?:valg|udpegning|udnævnelse)\s+af|ordstyrer|dirigent|referent|mødeleder)\b/iu;

/**
 * Whether a line of a list of people names someone: a name first, after an office perhaps (`Borgmester Pia Holm pga. arbejde.`,
 * `Observatør Bo Dal`), or last (`Direktør fra Region Midt Eva Lund`).
 */
function namesSomeone(text: string): boolean {
  const words = text.trim().split(/\s+/u).map((w) => w.replace(/[.,;:]$/u, ''));
  // (A given name alone, one a line: `Bo` / `Eva`.)
  if (words.length === 1 && isGivenName(words[0]!)) return true;
  // (After the name a few words, or a note of coming and going: `… forlod mødet kl. 17.40`; not a sentence of what was said.)
  const rest = (k: number) => words.length - k <= 4 || (/,/u.test(text) && !/\s\p{Ll}+(?:ede|te)\s/u.test(text)) || ATTENDANCE_NOTE.test(text);
  for (const from of [0, 1]) for (const n of [2, 3]) if (looksLikeName(words.slice(from, from + n).join(' ')) && rest(from + n)) return true;
  return looksLikeName(words.slice(-2).join(' ')) || looksLikeName(words.slice(-3).join(' '));
}

/** Words of coming, going and staying away after a name in a list of those present. */
const ATTENDANCE_NOTE = /\b(?:forlod|ankom|kom|gik|deltog|deltager|deltage|fraværende|afbud|pga|grundet|på grund af|i stedet for)\b/iu;

/** A record that points to where it stands: below, in an attachment (`se nedenfor`, `Se bilag 2.`, `Vedhæftet.`). */
const SEE_ELSEWHERE = /^(?:(?:se|jf\.?)\s+(?:(?:vedlagte?|vedhæftede?)(?:\s+\p{Ll}+)?|nedenfor|herunder|ovenfor|bilag(?:et)?(?:\s+\d[\d.-]*)?)|vedhæftet|vedlagt)\.?$/iu;

/** What was done, as participles in small letters (`uddelt og gennemgået`, `fremlagt`, `omdelt og drøftet`). */
const DONE_PARTICIPLES = /^\p{Ll}{3,}(?:et|t)(?:\s+og\s+\p{Ll}{3,}(?:et|t))?(?=[\s,.]|$)/u;

/** Where a heading's title ends and what was said begins: a colon, a dash, an ellipsis, a full stop before a capital or a figure (not after a short form, nor a day's number before its month: `den 4. Juli`). */
const TITLE_MARK = new RegExp(String.raw`^(.{3,120}?)(?:\s*:\s+|:(?<=\p{Ll}{3}:)(?=\p{Lu}\p{Ll})|\s+[–-]\s+|\s*(?:\.{2,}|…)\s*(?=\S)|(?<!\b(?:[Nn]r|[Pp]kt|[Kk]l|[Jj]f|ca|stk|jan|feb|aug|sep|sept|okt|nov|dec|[Aa]ng|[Vv]edr|[Ii]nkl|d))(?<!(?<!\d)\d{1,2}(?=\.\s+(?:${MONTH_ANY_CASE})(?!\p{L})))\.\s+(?=\p{Lu}|\d))(\S.*)$`, 'u');

/**
 * A heading whose line goes on with what was recorded: after a colon or a
 * dash, a result (`Godkendt`, `Ok`, `Intet at bemærke`), sentences
 * (`Sommerfest: Holdes i uge 25.`) or the one elected (`Valg af referent: Bo
 * Lind`); after a full stop that ends a short title, a sentence with a
 * result. Null when the rest is title (`DRØFTELSE: Psykiatriens 10-årsplan`,
 * `Budget 2025 - overblik og tidsplan`).
 */
export function verdictOnHeading(rest: string, bare = true): { title: string; text: string } | null {
  // `Valg af dirigent Knud Lund (have 25)`: an election's title, then the one elected with no mark between.
  // (The office with a capital, and `er valgt` after the name: `Valg af Referent Eva Holm er valgt`.)
  const electedAfter = /^((?:Valg af|Valg til) (?:[Dd]irigent|[Rr]eferent|[Oo]rdstyrer|[Mm]ødeleder|[Ss]temmetællere)(?: og (?:[Rr]eferent|[Ss]temmetællere))?)\s+(\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}[\p{Ll}-]+){1,3}(?:\s*\([^()]*\))?(?:\s+(?:er|blev)\s+(?:gen)?valgt)?\.?)$/u.exec(rest);
  if (electedAfter && looksLikeName(electedAfter[2]!.replace(/\s+(?:er|blev)\s+(?:gen)?valgt\.?$/u, '').replace(/\s*\([^()]*\)\.?$/u, ''))) return { title: electedAfter[1]!, text: electedAfter[2]! };
  // `Valg af ordstyrer, Vibeke`, `valg af suppleant til bestyrelsen, Jens Bak-Andersen`: an election's title, a comma, the one elected.
  const electedComma = /^((?:[Vv]alg|[Gg]envalg)\s+(?:af|til)\s+[^,:]{3,60}?),\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})\.?$/u.exec(rest);
  if (electedComma && !NOT_A_NAME.test(electedComma[2]!.split(/\s+/u)[0]!) && !ORGANISATION_IN_NAME.test(electedComma[2]!) && !ORG_WORD.test(electedComma[2]!)) return { title: electedComma[1]!, text: electedComma[2]! };
  // `Eventuelt, intet`, `Køreplan (ingen bem.)`, `INDKOMNE FORSLAG (DER ER IKKE INDKOMMET FORSLAG)`: the title, then after a comma or in
  // brackets that nothing came of it, with nothing under the heading.
  const nothingAfter = !bare ? null : /^(.{3,80}?)(?:,\s+|\s*\(\s*)((?:ingen|intet|der\s+(?:er|var)\s+ikke)\s[^()]{0,60}?|intet)\s*\)?\.?$/iu.exec(rest);
  if (nothingAfter && outcomeOf(nothingAfter[2]!) === 'none') return { title: nothingAfter[1]!, text: nothingAfter[2]! };
  // `Behandling af indkomne forslag konstaterede dirigenten, at …`: the title put first, then the verb and who did it (the inverted order after a fronted phrase).
  const inverted = INVERTED_RECORD.exec(rest);
  if (inverted && inverted[1]!.split(/\s+/).length <= 8 && !RECORDED_VERB.test(inverted[1]!)) return { title: inverted[1]!, text: rest.slice(inverted[1]!.length).trim() };
  // `Kirkehuset – kaffe ved tidlig gudstjeneste: Bo har nøglen.`: a title's second part after a dash, then a colon and what was said.
  const dashThenColon = /^(.{3,60}?\s+[–-]\s+(\p{Ll}[^:.!?]{2,60}?))\s*:\s+(\p{Lu}.*)$/u.exec(rest);
  const m = (dashThenColon && !RECORDED_VERB.test(dashThenColon[2]!) && outcomeOf(dashThenColon[2]!) === null ? [dashThenColon[0], dashThenColon[1]!, dashThenColon[3]!] : null) ?? TITLE_MARK.exec(rest);
  // (A title longer than 80 characters ends there only before a record of what was done: `Valg af to suppleanter, der vælges som
  // en 1. og en 2. suppleant. Ida blev valgt …`, not before an agenda's note of what will be done.)
  if (!m || (m[1]!.length > 80 && !RECORDED_VERB.test(m[2]!))) return bare ? unmarkedVerdict(rest) : null;
  const head = m[1]!.trim();
  const tail = m[2]!.trim();
  // `Budget på udvalgets område - 1. møde …`: an ordinal after the dash goes on with the title.
  if (/^\d{1,2}\.\s+\p{Ll}/u.test(tail)) return null;
  // (Up to twelve words before a colon with a capital after it, nothing under the heading: `Konstituering af bestyrelsen samt kort runde om egne historier: Tove formand, …`.)
  const longColon = bare && /^\s*:/u.test(rest.slice(m[1]!.length)) && /^\p{Lu}/u.test(tail) && tail.split(/\s+/).length >= 3 && head.split(/\s+/).length <= 12 && !FINITE_VERB.test(head) && !RECORDED_VERB.test(head);
  // `Godkendelse af regnskab for perioden 1. okt. 2029 – 30. sep. 2030. Perioden følger tilladelsen. Regnskabet sendes …`:
  // a longer title with no verb, then two sentences or more of what was said, nothing under the heading.
  const afterDot = /^\.\s/u.test(rest.slice(m[1]!.length));
  // (Not a title run into a sentence already, a capital inside it: `Kassererens beretning Læs hovedtallene …`.)
  if (afterDot && bare && head.split(/\s+/).length <= 20 && !/\s\p{Lu}\p{Ll}/u.test(head) && !FINITE_VERB.test(head) && !RECORDED_VERB.test(head) && /[.!]$/.test(tail) && (tail.match(/[.!?](?:\s|$)/gu) ?? []).length >= 2 && tail.split(/\s+/).length >= 8 && (FINITE_VERB.test(tail) || RECORDED_VERB.test(tail))) return { title: head, text: tail };
  // (A longer title before a colon and a verdict of one word, `Godkendelse af referat fra den 3/10 og den 28/11: Godkendt`.)
  const verdictWord = /^\s*:/u.test(rest.slice(m[1]!.length)) && /^(?:godkendt|vedtaget|ok)[.!]*$/iu.test(tail) && head.split(/\s+/).length <= 14 && !FINITE_VERB.test(head) && !RECORDED_VERB.test(head);
  if ((head.replace(/\s+v\/.*$/u, '').split(/\s+/).length > 8 && !longColon && !verdictWord) || blockKind(head) === 'decision') return null;
  if (longColon && head.split(/\s+/).length > 6) return { title: head, text: tail };
  // `Status på hjælper... det fungerer godt`: an ellipsis between a title and what was said about it.
  if (bare && /^\s*(?:\.{2,}|…)/u.test(rest.slice(m[1]!.length))) return { title: head, text: tail };
  const byDot = !/[:–-]/.test(rest.slice(m[1]!.length, m[1]!.length + 3));
  // (Or what was said stands elsewhere: `Formandens beretning: se nedenfor`, `Regnskab. Se bilag 2.`, `BERETNING: Vedhæftet.`)
  const short = /^(?:ok|okay|ja|nej|intet|ingen|godkendt|vedtaget|taget til efterretning|uændret|uforandret)[.!]?$/iu.test(tail) || SEE_ELSEWHERE.test(tail);
  // (Text under the heading or not: after a colon, a short phrase ending in its verdict, `Referat: fra sidste møde godkendt`.)
  const verdictLast = !byDot && tail.split(/\s+/u).length <= 8 && /(?<!\p{L})(?:godkendt|vedtaget|taget\s+til\s+efterretning)\.?$/iu.test(tail);
  const decided = short || verdictLast || (bare && outcomeOf(tail) !== null && (!byDot || /[.!]$/.test(tail)));
  // `Meddelelser: Bo Dal har været syg.` over more text: a one-word title of the usual kind, then a sentence of what was said.
  if (!bare && /^\s*:/.test(rest.slice(m[1]!.length)) && ONE_WORD_TITLE.test(head) && /^\p{Lu}/u.test(tail) && /[.!]$/.test(tail) && tail.split(/\s+/).length >= 3 && /\b(?:har|er|blev|var|skal|vil|kan|bliver)\b/u.test(tail)) return { title: head, text: tail };
  // `Orientering: Status på budgettet` is a kind of item and its title; `Meddelelser – ingen` is a title and its result.
  if (itemTypeOf(head) !== null && !decided) return null;
  if (decided) return { title: head, text: tail };
  // `Fremlæggelse af budget: uddelt og gennemgået, se bilag.` over more text: a short title, then after its colon participles
  // in small letters of what was done with it.
  if (!byDot && /^\s*:/u.test(rest.slice(m[1]!.length)) && head.split(/\s+/u).length <= 6 && !FINITE_VERB.test(head) && DONE_PARTICIPLES.test(tail) && tail.split(/\s+/u).length <= 10) return { title: head, text: tail };
  const words = tail.split(/\s+/).length;
  // `A: Valg af dirigent. Bo Dal.` with nothing under it: an election's title, a full stop, the one elected.
  if (byDot && bare && ELECTION.test(head) && head.split(/\s+/).length <= 6 && looksLikeName(tail.replace(/\.$/u, ''))) return { title: head, text: tail };
  if (!byDot && head.split(/\s+/).length <= 6) {
    // `Sommerfest: Holdes på fællesarealet i uge 25.`, `Eventuelt: Ingen punkter.`: sentences after the title. Over text
    // of its own, one sentence may still be title (`Besøg fra VISM - Orientering om arbejdet med turisme.`); two are not.
    // Not a title's second part after a dash (`Lindelse Sognegård - den fremtidige benyttelse.`): small letters and no verb of what was done.
    const titleGoesOn = /^\s*[–-]/u.test(rest.slice(m[1]!.length)) && /^\p{Ll}/u.test(tail) && !RECORDED_VERB.test(tail) && outcomeOf(tail) === null;
    if ((bare && words >= 2 && /[.!]$/.test(tail) && !titleGoesOn) || SENTENCE_BREAK.test(tail)) return { title: head, text: tail };
    // `Formandens beretning: Ole Berg fremlagde beretningen.` over more text: a short title, then a sentence of what was done.
    // `Indkomne forslag: Bestyrelsen foreslår, at …` likewise, a sentence with its verb.
    if (!bare && /^\s*:/.test(rest.slice(m[1]!.length)) && head.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(tail) && /[.!]$/.test(tail) && words >= 3 && (RECORDED_VERB.test(tail) || FINITE_VERB.test(tail))) return { title: head, text: tail };
    // `Indkommen post: skema til medlemsregistrering (til Bo), tilbud om …` with nothing under it: a short title, then in small
    // letters what came of it (not a kind of item and its subject, `Orientering: status på budgettet`).
    if (bare && /^\s*:/u.test(rest.slice(m[1]!.length)) && head.split(/\s+/u).length <= 4 && !FINITE_VERB.test(head) && itemTypeOf(head) === null && /^\p{Ll}/u.test(tail) && words >= 4) return { title: head, text: tail };
    // `Bestyrelsens kompetencer: På valg er:` over a list: the title, then a phrase that introduces what is under it.
    if (!bare && /^\s*:/.test(rest.slice(m[1]!.length)) && /^\p{Lu}/u.test(tail) && /:$/.test(tail) && words >= 2) return { title: head, text: tail };
    // `Præsentation af fremmødte: Kai Dal (formand), Stig, Jesper (kasserer), Janne`: a list of people after the colon, each a
    // name (a note in brackets after it); `Velkomst: Formanden.`: an office alone, who did it.
    if (/^\s*:/u.test(rest.slice(m[1]!.length))) {
      const people = tail.replace(/\.$/u, '').split(/\s*,\s*|\s+(?:og|&)\s+/u).map((p) => p.replace(/\s*\([^()]*\)\s*$/u, '').trim()).filter((p) => p !== '');
      if (people.length >= 3 && people.every((p) => looksLikeName(p) || (/^\p{Lu}\p{Ll}+$/u.test(p) && isGivenName(p)))) return { title: head, text: tail };
      if (/^(?:Formand(?:en)?|Næstformand(?:en)?|Kasserer(?:en)?|Sekretær(?:en)?|Dirigent(?:en)?|Ordstyrer(?:en)?)\.?$/u.test(tail)) return { title: head, text: tail };
    }
    // `Valg af referent: Bo Lind`, `Valg af dirigent: Ole Berg er valgt.`: the one elected.
    // A first name alone too (`Valg af referent: Jeanette`).
    const colon = /^\s*:/.test(rest.slice(m[1]!.length));
    // With nothing under the heading, a dash before a short name is the one elected too (`Valg af dirigent – Dorthe Holm`).
    const alone = bare && /^\p{Lu}\p{Ll}+(?:\s+[\p{L}.'’-]+){0,2}\.?$/u.test(tail);
    // `Valg af dirigent – Bo Dal have 69`, `… Bo Dal (have 25)`: a garden's or a house's number after the name is no part of it.
    // Of several (`Bo Dal (have 83), Eva Holm (have 119) og …`), the first.
    const person = tail.replace(/[.,]$/, '').split(/,\s+|\s+(?:og|&)\s+/u)[0]!.replace(HOUSE_NUMBER_END, '');
    // `Valg af referent: Lone meldte sig`: the one elected by name, then what that one did.
    const namedFirst = colon && /^(\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+){0,2}\s+\p{Ll}{2,}/u.exec(tail);
    if (ELECTION.test(head) && namedFirst && isGivenName(namedFirst[1]!)) return { title: head.replace(/\.$/, ''), text: tail };
    // (A first name first of two: `Valg af dirigent og referent - Jørgen og Bo Dal`.)
    if (ELECTION.test(head) && (looksLikeName(person) || (colon && /^\p{Lu}\p{Ll}{2,}\.?$/u.test(tail)) || alone || outcomeOf(tail) !== null || (isGivenName(person) && /\s+(?:og|&)\s+\p{Lu}/u.test(tail)))) return { title: head.replace(/\.$/, ''), text: tail };
  }
  // `Målerudskiftning. Der er enkelte meget lave forbrug, som følges op.`: a short title, then sentences of what was said.
  // With nothing under the heading, a shorter sentence too (`Økonomi. Ser fornuftig ud.`).
  if (byDot && head.split(/\s+/).length <= 4 && tail.split(/\s+/).length >= 5 && /[.!]$/.test(tail)) return { title: head, text: tail };
  // `3. Fremlæggelse af regnskabet. Kassereren fremlagde regnskabet, som var` / `lagt ud på bordene.`: a short title with no verb, then
  // what was done told in the past, its sentence wrapped onto the next line.
  if (byDot && head.split(/\s+/).length <= 6 && !FINITE_VERB.test(head) && !RECORDED_VERB.test(head) && /^\p{Lu}/u.test(tail) && tail.split(/\s+/).length >= 5 && /(?<!\p{L})(?:fremlagde|gennemgik|aflagde|orienterede|fortalte|redegjorde|godkendte|vedtog|besluttede)(?!\p{L})/u.test(tail)) return { title: head, text: tail };
  if (byDot && bare && head.split(/\s+/).length <= 6 && tail.split(/\s+/).length >= 3 && /[.!]$/.test(tail) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(tail)) return { title: head, text: tail };
  return null;
}

/**
 * An election's or an attendance heading with the one elected or absent
 * after the title and no mark between, with nothing under it: `Valg af
 * referent Mathias Holm`, `Referent Lene Holm`, `Afbud Jeanette`.
 */
function unmarkedVerdict(rest: string): { title: string; text: string } | null {
  const elected = /^((?:[Vv]alg|[Gg]envalg)\s+af\s+(?:\d{1,2}\s+|to\s+|tre\s+)?\p{Ll}+|[Rr]eferent|[Rr]eferant|[Dd]irigent|[Oo]rdstyrer|[Mm]ødeleder)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:og\s+)?\p{Lu}[\p{L}'’.-]*){0,5}(?:\s+(?:blev\s+)?(?:gen)?valgt)?)\.?$/u.exec(rest);
  if (elected && !NOT_A_NAME.test(elected[2]!.split(/\s+/)[0]!)) return { title: elected[1]!, text: elected[2]! };
  // `Godkendelse af referater udsat`, `Budget 2024 godkendt`: the verdict as the heading's last word.
  // Not a sentence (`Regnskabet blev fremlagt og godkendt.` is title and decision both).
  // (`Referat fra sidst OK`: an OK after a title of two words or more.)
  // (Capitalised as a table's cell prints it, right after a title's last word in small letters: `Godkendelse af dagsorden Godkendt`.)
  const last = /^(.{3,80}?)\s+(udsat|godkendt|vedtaget|forkastet|afvist|udgår|udgik|OK|Ok|ok)$/u.exec(rest) ?? /^(.{3,80}?\p{Ll})\s+(Godkendt|Udsat|Vedtaget)$/u.exec(rest);
  if (last && !/\b(?:og|samt|eller|blev|er|var)$/iu.test(last[1]!) && (!/^ok$/iu.test(last[2]!) || /\s/u.test(last[1]!.trim()))) return { title: last[1]!, text: last[2]! };
  // `Afbud Jeanette`, `Fraværende Bo Holm og Eva Lund`: the attendance label, then who.
  const absent = /^(Afbud|Fraværende|Fravær)\s+(\p{Lu}[\p{L}'’.-]*(?:(?:\s+|,\s*|\s+og\s+)\p{Lu}[\p{L}'’.-]*){0,8})\.?$/u.exec(rest);
  if (absent && !NOT_A_NAME.test(absent[2]!.split(/[\s,]+/)[0]!)) return { title: absent[1]!, text: absent[2]! };
  return null;
}

/** A case-number label alone on its line, its value below it. */
const CASE_LABEL_ALONE = /^(?:Sags?\s*nr\.?|Sagsnummer|Sags?\s*id\.?|J\.?\s*nr\.?|Journalnr\.?)\s*:?$/iu;

/** A meeting's time label alone on its line: `Mødet startet:`, `Mødet hævet:`. */
const TIME_LABEL_ALONE = new RegExp(`^${tolerant('Mødet')}\\s+(startet|startede|begyndt|begyndte|${tolerant('hævet')}|sluttede|slut|afsluttet)\\s*:?$`, 'iu');

/** A time alone on a line: `17.40`, `kl. 17:40`, `05:00 PM`. */
function clockTime(text: string): string | null {
  const m = /^(?:kl\.?\s*)?(\d{1,2})[.:](\d{2})(?:\s*(AM|PM))?\.?$/iu.exec(text.trim());
  if (!m) return null;
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (m[3]) h = (h % 12) + (m[3].toUpperCase() === 'PM' ? 12 : 0);
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** An attachment's heading printed after the minutes: `Bilag 1 Omkostninger`, `Bilag 2: Udvalgene` (no sentence). */
const APPENDED_ATTACHMENT = /^Bilag\s*(?:nr\.?\s*)?\d{1,2}\s*[:.\-–]?\s+\p{Lu}[^.!?]{2,80}$/u;

/** A sign-off line: who took the minutes (`Referent: X`, `Referatet er skrevet af X`) or signs for the board (`Pbv. X`). */
const SIGN_OFF = new RegExp(
  `^(?:(Referent(?:\\s*\\/\\s*\\p{Ll}+)?|Ref\\.|Ref(?=\\s*:)|For referat(?:et)?|(?:Referat(?:et)?|Referatet er) (?:skrevet|udarbejdet|taget) af|(?:Skrevet|Udarbejdet|Nedskrevet) af|${tolerant('Mødereferent')})|(Pbv\\.?|P\\.b\\.v\\.|På bestyrelsens vegne|Mvh\\.?|\\/))\\s*(?::|\\s[–-])?\\s*(\\p{Lu}.*)$`,
  'u',
);

/** A sign-off's label alone on its line, the name under it. */
const SIGN_OFF_LABEL = /^(?:Referent|Referat|Ref\.|Pbv\.?|P\.b\.v\.)\s*:?$/iu;

/** Labels that record attendance at a meeting held: who came, who sent apologies. */
const ATTENDANCE_LABEL = new RegExp(`^(?:${['Til stede', 'Tilstede', 'Tilstedeværende', 'Fremmødte', 'Fremmødt', 'Mødt', 'Deltog', 'Deltager', 'Deltagere', 'Afbud', 'Fraværende'].map(tolerant).join('|')})(?:\\s+var|\\s+fra)?\\s*:`, 'iu');

/** Lines after the minutes: `Tak for fremmøde.`, `DSN/referent`, `Klubben | Havnevej 2 | Tlf. 12345678`. */
/** Lines read as the header when no item is found. */
const HEADER_WITHOUT_ITEMS = 60;

/** The opening of an e-signature page: `Dokumentet er underskrevet med Penneo`, `Penneo dokumentnøgle: …`. */
const E_SIGNATURE = /^(?:.{0,60}\b(?:Penneo|[Dd]okumentnøgle|[Uu]nderskrevet (?:digitalt|elektronisk|med (?:Penneo|NemID|MitID))|[Ss]ignaturerne i dette dokument)\b.{0,120})$/u;
const AFTER_MINUTES = /^(?:Tak for (?:(?:et|en)\s+)?(?:godt\s+|god\s+)?(?:møde|mødet|fremmødet?|aften|i aften|i dag)\b.{0,40}|Referatet (?:er )?godkendt (?:af|ved)\b.{0,80}|.{0,40}_{5,}.{0,60}|(?:\p{Lu}[\p{L}'’\-]+\s+){1,3}\p{Lu}[\p{L}'’\-]+\s*\((?:referent|ref\.)\)|\p{Lu}{2,4}\s*\/\s*(?:referent|ref\.?)|[^|]{2,60}(?:\s\|\s[^|]{1,60}){2,}|.{0,80}\b(?:Tlf|Telefon)\.?:?\s*\+?\d[\d ]{6,}.{0,40})$/iu;

/** Where the minutes are signed: an approval note (`Referatet godkendt ved underskrift:`) or a line to sign on (`______`). */
const SIGNING = /^(?:Referatet (?:er )?godkendt (?:af|ved)\b.{0,80}|.{0,40}_{5,}.{0,60})$/iu;

/** What may stand beside a sign-off: a date, a place and a date, initials and a date (`SB/28.2.2017`). */
const SIGN_OFF_COMPANION = /^(?:[\p{L} ,.]{0,40}\d{1,2}[./-]\s*\d{1,2}[./-]\s*\d{2,4}|[\p{L} ,.]{0,40}(?:den\s+)?\d{1,2}\.\s*\p{L}+\s+\d{4}|\p{Lu}{2,4}(?:\s*\/\s*\S+)?)\.?$/u;
/** `Valg af ny formand blev Bo Dal`, `Valg af revisor blev Eva Holm (igen)`: the election, then `blev` and the one chosen. */
const ELECTED_AFTER_TITLE = /^(Valg\s+af\s+[^.:;–-]{2,50}?)\s+(blev\s+(?:(?:gen)?valgt\s+)?\p{Lu}\p{Ll}+.*)$/u;

/** `Valg af referent/referenter Karin Holm og Jens Dal`: the election's words in small letters, then names to the line's end. */
const NAMES_AFTER_ELECTION = /^((?:Valg|Genvalg)\s+af\s+(?:\p{Ll}+(?:\/\p{Ll}+)?\s+){1,5})(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+(?:(?:,\s*|\s+og\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+)*\.?)$/u;

/** A letter's greeting alone on its line: `Med venlig hilsen`, `Venlig hilsen`, `Mvh.`. */
const GREETING_WORDS = '(?:med\\s+)?venlig(?:st)?\\s+hilsen|mvh\\.?';
/** A greeting opening a line (`Mvh Bo Dal`). */
const GREETING_START = new RegExp(`^(?:${GREETING_WORDS})(?!\\p{L})`, 'iu');
const GREETING = new RegExp(`^(?:${GREETING_WORDS})[.,!]?$`, 'iu');

/** A signature's office or greeting alone on its line (`Formand`, `På bestyrelsens vegne`, `Med venlig hilsen`). */
const SIGNATURE_WORD = new RegExp(`^(?:(?:for|på)\\s+bestyrelsens\\s+vegne|${GREETING_WORDS}|(?:næst)?formand(?:en)?|kasserer(?:en)?|sekretær(?:en)?|dirigent(?:en)?|referent(?:en)?|bestyrelsen|(?:bestyrelses)?medlem)[.,:!]?$`, 'iu');

function signOff(text: string): { name: string; wrote: boolean } | null {
  // `Referat: Bo Vinter` at the very end: who wrote the minutes, a full name (`Referat: Godkendt` is a decision).
  // (A middle name's initial too: `Referat: Bo H. Vinter`.)
  const by = /^Referat\s*:\s*(\p{Lu}[\p{L}'’\-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’\-]+)){1,3})\.?$/u.exec(text.trim());
  if (by && looksLikeName(by[1]!)) return { name: by[1]!, wrote: true };
  const m = SIGN_OFF.exec(text.trim());
  if (!m) return null;
  const words = m[3]!.replace(/[.,]$/, '').split(/\s+/);
  // The name is the leading capitalised words (`Bo Vinter d. 15/2 2022`).
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    const name = words.slice(0, n).join(' ').replace(/[,.]$/, '');
    if (looksLikeName(name)) return { name, wrote: m[1] !== undefined };
  }
  // `Referent: Henny`: a first name alone after the label (and perhaps a date).
  const first = words[0]!.replace(/[,.]$/, '');
  if (/^\p{Lu}\p{Ll}+$/u.test(first) && (words.length === 1 || findDate(words.slice(1).join(' ')) !== null)) return { name: first, wrote: m[1] !== undefined };
  return null;
}


/** A verb that makes what follows `Ad N.` a record, not a title (`… blev fremlagt af …`, `Per Holm valgt til dirigent`). */
const AD_RECORD_VERB = /(?<!\p{L})(?:blev|var|er|har|havde|valgt|valgtes|vælges|godkendt|godkendte|vedtaget|vedtog|fremlagde|gennemgik|\p{Ll}{3,}ede)(?!\p{L})/u;

/** A title as compared with another: no closing marks, spaces folded, lower case. */
const plainTitle = (s: string): string => s.replace(/[\s.:;,]+$/u, '').replace(/\s+/g, ' ').toLocaleLowerCase('da');

/** Whether `short` has two words or more, each a word of `long`, in the same order (`aflæggelse af regnskab` in `aflæggelse af det reviderede regnskab`). */
function wordsInOrder(short: string, long: string): boolean {
  const words = short.split(/\s+/u).filter((w) => w !== '');
  const of = long.split(/\s+/u);
  if (words.length < 2) return false;
  let at = 0;
  for (const w of words) {
    while (at < of.length && of[at] !== w) at++;
    if (at++ >= of.length) return false;
  }
  return true;
}

/**
 * The text recorded under a numbered heading that repeats an agenda entry's
 * number but not its title: a sentence (`Dagsordenen blev godkendt.`), or the
 * agenda's title followed by one (`Vejfest: Holdes 12. juni.`). Null when the
 * heading is a title.
 */
export function recordedUnderAgenda(rest: string, listedTitle: string): string | null {
  if (plainTitle(rest) === plainTitle(listedTitle)) return null;
  const title = plainTitle(listedTitle);
  // `Bestyrelsens beretning.` under `Bestyrelsens beretning for det forløbne år`: the start of the entry's title, printed as the heading.
  if (plainTitle(rest).length < title.length && sameEntry(rest, listedTitle)) return null;
  // `Dirigent: Eva Holm.` under `Valg af dirigent`: a short title of its own, part of the entry's, a colon, and what came of it.
  const short = SHORT_RECORD.exec(rest.replace(/\s+/g, ' '));
  if (short && title.includes(plainTitle(short[1]!)) && plainTitle(short[1]!) !== title) return short[2]!;
  // `Aflæggelse af regnskab. Regnskabet blev godkendt.` under `Aflæggelse af det reviderede regnskab`: a shorter title of
  // its own, two words or more, each the entry's and in its order, a full stop, and what came of it.
  const own = /^([^.:;!?]{3,60}?)\.\s+(\p{Lu}.*)$/u.exec(rest.replace(/\s+/g, ' '));
  if (own && title !== '' && !plainTitle(rest).startsWith(title) && wordsInOrder(plainTitle(own[1]!), title)) return own[2]!;
  if (title !== '' && plainTitle(rest).startsWith(title)) {
    const after = rest.replace(/\s+/g, ' ').slice(title.length);
    const m = /^\s*[.:–-]\s+(\S.*)$/u.exec(after);
    if (m) return m[1]!;
    // `Regnskab 2018 Regnskabet blev godkendt.`: the title, then a sentence of its own.
    const next = /^\s+(\p{Lu}\p{Ll}.*[.!?])$/u.exec(after);
    if (next) return next[1]!;
    // `Havevandring afholdes 20/6.` goes on in words: a sentence about the item; `Vejfest 2024` is a title.
    if (!/^\s*\p{L}/u.test(after)) return null;
    // `Næste møde bliver efter sommerferien` with no full stop: the title, then a verb that tells what became of it.
    if (/^\s+(?:bliver|blev|er|var|skal|kan|vil|har|holdes|afholdes|aflyses|udsættes|flyttes)\s+\p{L}/u.test(after)) return rest;
  }
  // `Bo Holm valgt til dirigent`, `Dagsordenen blev godkendt` without a full stop: what came of the entry.
  if (listedTitle.split(/\s+/).length <= 12 && !plainTitle(rest).startsWith(title) && !/[:;]$/u.test(rest) && rest.split(/\s+/).length >= 3 && outcomeOf(rest) !== null) return rest;
  return /[.!?]$/u.test(rest) && !ABBREVIATION_END.test(rest) ? rest : null;
}

/**
 * The case number of a case-number line: its first word (`Sagsnr.: 21/999
 * Dok.nr.: 21/5555 Åbent` is 21/999); an access marker on the line
 * (`Lukket`) closes the item.
 */
function caseLineValue(text: string): { caseNumber: string | null; closed: boolean } {
  const m = CASE_NUMBER.exec(text);
  if (!m) return { caseNumber: null, closed: false };
  const value = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').trim();
  const first = value.split(/\s+/)[0]!.replace(/[.,;:]+$/, '');
  const rest = value.slice(value.indexOf(first) + first.length);
  // `Sagsnr.: 21/1234   Lukket`, `Lukket - 02.34.00-G00-3-24`
  const closed = /(?:^|\s)(?:Lukket|Fortroligt?)(?:\s+(?:punkt|sag))?\.?$/iu.test(rest) || /^Lukket\b/iu.test(text);
  return { caseNumber: first || null, closed };
}

/**
 * Items without headings: case-number lines (`Sagsid.: 23/1101`, `Sagsnr. 20/4282`)
 * each followed at once by a block heading (`Resume`, `Indstilling`),
 * numbered in order. Two or more, or one with a decision after it.
 */
function untitledItems(lines: SLine[]): Candidate[] {
  const starts: { index: number; title: string | null }[] = [];
  lines.forEach((l, i) => {
    if (l.blank || !(CASE_NUMBER.test(l.text.replace(CASE_OFFICER_AFTER, '')) || EMPTY_CASE_LABEL.test(l.text.trim()))) return;
    let j = nextNonBlank(lines, i);
    // `Sagsbehandler: …` on a line of its own after the number is the case's too.
    if (j < lines.length && /^Sagsbehandler\s*:/u.test(lines[j]!.text.trim())) j = nextNonBlank(lines, j);
    if (j >= lines.length || j - i > 4) return;
    if (isBlockHeadingLine(lines[j]!.text)) starts.push({ index: i, title: null });
    else {
      // `Sagsnr.: 15.00.00-A00-2-18 Sagsbehandler: …` / `Introduktion til området` / … / `Sagsfremstilling`: the case's title under its number.
      const t = lines[j]!.text.trim();
      // A block heading under it before the next case's number (a routing table of one cell a line may stand between).
      let blockBelow = false;
      for (let k = j + 1; k < Math.min(lines.length, j + 150) && !blockBelow; k++) {
        if (lines[k]!.blank) continue;
        if (CASE_NUMBER.test(lines[k]!.text.replace(CASE_OFFICER_AFTER, ''))) break;
        blockBelow = isBlockHeadingLine(lines[k]!.text);
      }
      if (/^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 15 && !/[.:;!?]$/u.test(t) && !CASE_NUMBER.test(t) && blockBelow) starts.push({ index: j, title: t });
    }
  });
  const decided = starts.length > 0 && lines.slice(starts[0]!.index).some((l) => !l.blank && (blockKind(l.text) === 'decision' || inlineBlock(l.text)?.kind === 'decision'));
  // One case cut before its decision will do: its number right over its first block (`Sagsid.: 14/73202` / `Sagsfremstilling`), or over
  // its title with its blocks below (`Sagsnr.: …` / `Åbning af biblioteket` / … / `Sagsresume`).
  const lone = starts.length === 1;
  if (starts.length < 2 && !decided && !lone) return [];
  return starts.map((s, k) => (s.title === null ? { index: s.index, number: k + 1, pattern: 'punkt', rest: '', score: 0, untitled: true } : { index: s.index, number: k + 1, pattern: 'punkt', rest: s.title, score: 0, unnumbered: true }));
}

/**
 * Titles without bullets, each right over bulleted points set further in
 * (`Valg af dirigent` / ` • Valget faldt på Bo Dal.` / `Beretning` / ` •
 * Formanden gennemgik …`): the items, when three or more, or two of which
 * one is a usual item's title. A title is eight words or fewer with no
 * sentence's end and no colon.
 */
/** The fewest bulleted titles over text read as the items. */
const MIN_BULLETED_TITLES = 3;

/**
 * Bulleted titles, each over text of its own (` • Valg af dirigent.` / `Bestyrelsen foreslog Bo Dal.` / ` • Formandens
 * beretning.` / …): the items, when three or more of the outermost bullets read so and they are two thirds of them at
 * least (a bulleted list of points, one under another, is no such thing).
 */
function bulletedTitles(lines: SLine[]): Candidate[] {
  const bullets = lines.flatMap((l, i) => (!l.blank && LIST_BULLET.test(l.text.trim()) ? [i] : []));
  if (bullets.length < MIN_BULLETED_TITLES) return [];
  const outer = Math.min(...bullets.map((i) => lines[i]!.indent ?? 0));
  const outermost = bullets.filter((i) => (lines[i]!.indent ?? 0) === outer);
  // `• Status på tiderne. Anne efterlyser skemaet.`: a title's sentence, then what was said on the bullet's line.
  const runIn = (t: string) => {
    const m = DOT_RUN_IN.exec(t);
    return m && titleShaped(m[1]!, 10, true) && !FINITE_VERB.test(m[1]!) ? { title: m[1]!, text: m[2]! } : null;
  };
  const titled = outermost.filter((i, k) => {
    const t = lines[i]!.text.trim().replace(LIST_BULLET, '').trim();
    const next = nextNonBlank(lines, i);
    // (The last, the usual closing item, may have nothing under it: `- Evt.`.)
    if (k === outermost.length - 1 && CLOSING_TITLE.test(t) && next >= lines.length) return true;
    if (runIn(t) !== null) return true;
    return titleShaped(t, 10, true) && next < lines.length && !LIST_BULLET.test(lines[next]!.text.trim()) && lines[next]!.text.trim().split(/\s+/u).length >= 3;
  });
  if (titled.length < MIN_BULLETED_TITLES || titled.length * 3 < outermost.length * 2) return [];
  return titled.map((i, k) => {
    const t = lines[i]!.text.trim().replace(LIST_BULLET, '').trim();
    const glued = titleShaped(t, 10, true) ? null : runIn(t);
    return { index: i, number: k + 1, pattern: 'punkt' as const, rest: (glued?.title ?? t).replace(/\.$/u, ''), score: 0, unnumbered: true, ...(glued ? { gluedText: glued.text } : {}) };
  });
}

function titlesOverBullets(lines: SLine[]): Candidate[] {
  const found: number[] = [];
  // A title's shape: short, a capital first; a full stop or a colon after it only where it is a few words (`Regnskab:`).
  const shaped = (t: string) => {
    const bare = t.replace(/[.:]$/u, '');
    return bare.split(/\s+/).length <= (bare === t ? 8 : 6) && /^\p{Lu}/u.test(bare) && !/[.:;,!?]$/u.test(bare) && findDate(bare) === null && blockKind(bare) === null && groupLabel(bare) === null && !TITLE_WORD.test(bare) && !isFieldLabel(bare) && !FINITE_VERB.test(bare);
  };
  const dashes: number[] = [];
  lines.forEach((l, i) => {
    if (l.blank || LIST_BULLET.test(l.text) || BULLET_START.test(l.text)) return;
    const t = l.text.trim();
    if (!shaped(t)) return;
    // The points right under it, a blank line between at most: further in, or dashes at its own depth (`Regnskab:` / `- Gennemgang af regnskab.`).
    const j = nextNonBlank(lines, i);
    const next = j - i <= 2 ? lines[j] : undefined;
    if (next === undefined || !(LIST_BULLET.test(next.text.trim()) || BULLET_START.test(next.text.trim()))) return;
    if ((next.indent ?? 0) > (l.indent ?? 0)) found.push(i);
    else if (/^[-–]\s/u.test(next.text.trim()) && (next.indent ?? 0) === (l.indent ?? 0)) dashes.push(i);
  });
  // Dashed points at the titles' own depth: where three titles or more stand so, and every line between is a title or a point.
  if (found.length === 0 && dashes.length >= 3) {
    const from = dashes[0]!;
    const to = dashes[dashes.length - 1]!;
    const between: number[] = [];
    for (let i = from; i < to; i++) if (!lines[i]!.blank && !dashes.includes(i) && !/^[-–]\s/u.test(lines[i]!.text.trim())) between.push(i);
    // (A usual title with nothing under it, `Godkendelse af dagsordenen` right over `Valg af referent`, is one of them.)
    if (between.every((i) => USUAL_TITLE.test(lines[i]!.text.trim()) && shaped(lines[i]!.text.trim()))) {
      found.push(...dashes, ...between);
      // The usual first item right above the first title (`Godkendelse af dagsordenen` / `Valg af referent` / `- Bo.`).
      const p = prevNonBlank(lines, from);
      if (p >= 0 && USUAL_TITLE.test(lines[p]!.text.trim()) && shaped(lines[p]!.text.trim())) found.push(p);
      found.sort((a, b) => a - b);
    }
  }
  const usual = found.some((i) => USUAL_TITLE.test(lines[i]!.text.trim()));
  if (found.length < 2 || (found.length === 2 && !usual)) return [];
  return found.map((index, k) => ({ index, number: k + 1, pattern: 'punkt' as const, rest: lines[index]!.text.trim().replace(/:$/u, '').replace(/(?<!\p{Lu}\p{Ll}{0,3})\.$/u, ''), score: 0, unnumbered: true }));
}

/**
 * Headings found only inside a case's blocks (an Indstilling's points, `Ad 1.` under the decision, a
 * Problemstilling's lettered points), where the blocks themselves make the items: in cycles, or one case.
 */
function inCaseBlocks(lines: SLine[], chain: Candidate[]): boolean {
  // `Meddelelser` / `Sagsfremstilling` / `2A: …` / ` 1. Status for hytten` / … / `Økonomi` / `Sagsfremstilling` / …: a portal's cases
  // titled over their blocks, every heading found inside a case's text, below its title and its first block.
  if (!chain.every((c) => blockAbove(lines, c.index))) {
    const titled = titledBlocks(lines);
    return titled.length >= 2 && chain.every((c) => titled.some((t, k) => c.index > nextNonBlank(lines, t.index) && (k + 1 === titled.length || c.index < titled[k + 1]!.index)));
  }
  const cycles = blockCycles(lines);
  if (cycles.length >= 2) return chain[0]!.index > cycles[0]!.index;
  const one = singleCase(lines);
  return one.length === 1 && one[0]!.untitled !== true && chain[0]!.index > one[0]!.index;
}

/**
 * `Sagsid.: 14/73202` / `Sagsfremstilling` / `1.` / `Meddelelser` / `2.` / …:
 * a list that opens right under a case's text heading, itself right under
 * the case's number, is that case's points (a copy cut before its decision,
 * so no cycle of blocks shows it), never the items.
 */
function listInCaseText(lines: SLine[], candidates: Candidate[], chain: Candidate[]): boolean {
  const one = candidates.find((c) => c.number === 1 && c.index <= chain[0]!.index);
  if (one === undefined) return false;
  const p = prevNonBlank(lines, one.index);
  const kind = p >= 0 ? blockKind(lines[p]!.text.trim().replace(/:$/u, '')) : null;
  if (kind === null || kind === 'decision' || kind === 'other' || kind === 'attachments') return false;
  const q = prevNonBlank(lines, p);
  return q >= 0 && CASE_NUMBER.test(lines[q]!.text.trim());
}

/**
 * A portal's page of one case: the header's fields, the case's title on a line of its own, then its blocks
 * with one decision among them. The title is the last line over the first block that reads as one (not a
 * field, a link, a recommendation's lead-in `… indstiller,` or its points `1. at …`).
 */
function singleCase(lines: SLine[]): Candidate[] {
  // `Referat` alone is the document's title, no block of the case.
  const kinds = lines.map((l) => (l.blank || TITLE_WORD.test(l.text.trim()) ? null : blockKind(l.text.trim().replace(/:$/u, ''))));
  const first = kinds.findIndex((k) => k !== null && k !== 'other' && k !== 'attachments');
  // One decision (its heading and the body's treatment under it, `Beslutning` / `Lokaludvalgets beslutning 20. april 2031:`, count once).
  let decisions = 0;
  let prev: string | null = null;
  kinds.forEach((k, i) => {
    if (lines[i]!.blank) return;
    if (k === 'decision' && prev !== 'decision') decisions++;
    prev = k;
  });
  // A copy cut before the decision (`Indstilling` / `Problemstilling` / `Løsning`, then nothing): two kinds of the case's blocks will do.
  const caseKinds = new Set(kinds.filter((k) => k === 'summary' || k === 'recommendation' || k === 'background'));
  const cut = decisions === 0 && caseKinds.size >= 2;
  if (first < 1 || (decisions !== 1 && !cut) || (!cut && kinds.indexOf('decision') < first)) return [];
  // After the decision, only blocks that go with it (`Bilag`, `Sagens gang`): a summary, a case text or a recommendation there starts another case.
  if (!cut && kinds.slice(kinds.indexOf('decision')).some((k) => k === 'summary' || k === 'background' || k === 'recommendation')) return [];
  // A block of another kind before the first (`Tidligere beslutninger` / its text / `Indstilling`) is the case's too: the title is over it.
  const opening = kinds.findIndex((k) => k !== null && k !== 'attachments');
  for (let i = Math.min(first, opening) - 1; i >= 0; i--) {
    const t = lines[i]!.text.trim();
    // A summary in a sentence or two between the title and the first block (`Der skal tages stilling til …`) is passed over too.
    if (lines[i]!.blank || /,$/u.test(t) || /^(?:\d{1,2}[.)]\s*)?[Aa]t\s/u.test(t) || /^(?:Se|Hent|Vis|Download)\b/u.test(t) || (/[.!]$/u.test(t) && t.split(/\s+/).length >= 6 && FINITE_VERB.test(t))) continue;
    // (A field is one or two words and a colon: `Mødested: …`; `Dialog med byrådets politikere: Eva Holm` is a title.)
    // The page's header right over the blocks (`Dagsorden • 19. august 2031 kl. 15.30` / `Beslutningstema`): the case is printed without its title.
    const header = /^[^:\s]+(?:\s[^:\s]+)?:\s*\S/u.test(t) || isFieldLabel(t.split(':')[0]!.trim()) || isFieldLabel(t) || TITLE_WORD.test(t) || (findDate(t) !== null && findDate(t)!.index === 0);
    if (header) return [{ index: Math.min(first, opening), number: 1, pattern: 'punkt', rest: '', score: 0, untitled: true }];
    if (!/^\p{Lu}/u.test(t) || t.split(/\s+/).length > 20 || /:$/u.test(t) || /^\p{L}*(?:møde|generalforsamling)\b/iu.test(t) || FINITE_VERB.test(t)) return [];
    return [{ index: i, number: 1, pattern: 'punkt', rest: t.replace(/\.$/u, ''), score: 0, unnumbered: true }];
  }
  return [];
}

/** Whether a case's block heading (`Indstilling`, `Resume`) stands above line `i` with no blank-parted heading between: `i` is inside that block. */
function blockAbove(lines: SLine[], i: number): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen < 30; j--) {
    if (lines[j]!.blank) continue;
    seen++;
    const t = lines[j]!.text.trim().replace(/:$/u, '');
    if (blockKind(t) !== null) return true;
    if (!/^(?:\d{1,3}|[a-zæøå]|[ivx]{1,4})[.)]\s/u.test(t) && !/(?:,|\bog|\bat)$/u.test(t) && !/:$/u.test(lines[j]!.text.trim())) return false;
  }
  return false;
}

/** A committee's name: its words with capitals (`Børne- og Ungdomsudvalget`, `Holmby Lokaludvalg`, `Borgerrepræsentationen`), its kind last. */
const COMMITTEE_NAME = String.raw`(?:\p{Lu}[\p{L}]*-?\s+(?:og\s+)?){0,3}\p{Lu}[\p{L}]*(?:udvalg(?:et)?|Udvalg|råd(?:et)?|Råd|bestyrelsen|repræsentationen|kommissionen)`;
/** The committee a recommendation asks to decide: `… indstiller, at X tager/godkender …`, `1. at X godkender …`, `… indstiller til X,`; or whose chairman recommends (`Formanden for X indstiller`). */
const RECOMMENDED_BODY = new RegExp(
  String.raw`(?:^\s*(?:\d{1,2}[.)]\s+)?|\bindstiller,?\s+)at\s+(${COMMITTEE_NAME})\s+(?:godkender|tager|beslutter|anbefaler|vedtager|drøfter|udpeger|bevilger|træffer|fastsætter|behandler|etablerer|afgiver|giver|sender|orienteres|orienterer)(?!\p{L})|\bindstiller\s+til\s+(${COMMITTEE_NAME})\s*[,:]|\b[Ff]ormanden\s+for\s+(${COMMITTEE_NAME})\s+indstiller\b`,
  'u',
);

/** The committee the first recommendation asks to decide (see RECOMMENDED_BODY), or null. */
function recommendedBody(lines: SLine[]): string | null {
  for (const l of lines) {
    if (l.blank) continue;
    const m = RECOMMENDED_BODY.exec(l.text);
    if (m) return m[1] ?? m[2] ?? m[3]!;
  }
  return null;
}

/** The closing item's title, then no sentence: an ornament or a number (`~ooo~`, `2`), a name of capitalised words, or a label and its colon. */
const CLOSING_THEN_JUNK = /^((?:[Ee]ventuelt|EVENTUELT|[Ee]vt\.?|EVT\.?))\s+(?:~.*|\d{1,3}|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}(?:\s+(?:Side|side)\s+\d.*)?|\p{Lu}\p{Ll}+:.*)$/u;

/** The closing item's title, then a speaker's name and a colon and what was said. */
const CLOSING_THEN_SPEAKER = /^((?:[Ee]ventuelt|EVENTUELT|[Ee]vt\.?))\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}:\s+\S.*)$/u;

/** A title with its presenter (`… ved Bo Dal`), then the same name opening a sentence in small letters. */
const PRESENTER_AGAIN = /^(.{3,120}?\s(?:ved|v\.|v\/)\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}))\s+\2\s+(\p{Ll}.*)$/u;

/** Whether a line stands in a case's text: a block heading of the case (`Sagsfremstilling`, `Indstilling`) above it, no decision's between. */
function insideCaseText(lines: SLine[], i: number): boolean {
  for (let j = i - 1, seen = 0; j >= 0 && seen < 60; j--) {
    if (lines[j]!.blank || lines[j]!.text.length > BLOCK_HEADING_LENGTH) continue;
    seen++;
    const kind = blockKind(lines[j]!.text.trim().replace(/:$/u, ''));
    if (kind === 'decision') return false;
    if (kind === 'summary' || kind === 'background' || kind === 'recommendation') return true;
  }
  return false;
}

/**
 * A case system's page printed without item headings or case numbers, its
 * blocks in cycles (`Beslutningstema` … `Indstilling` … `Beslutning i X den
 * …` / `Godkendt.` / `Beslutningstema` …): the first block heading starts the
 * first item, and after each decision the next block heading of another kind
 * (not the attachments) starts the next; where the cases open with a summary
 * (`Resume`), each summary after a decision does. Titled by a short line over
 * each cycle's first block where every cycle has one, untitled otherwise;
 * none unless two decisions or more.
 */
function blockCycles(lines: SLine[]): Candidate[] {
  const starts: number[] = [];
  let decisions = 0;
  let afterDecision = true;
  lines.forEach((l, i) => {
    if (l.blank) return;
    // `Referat` alone at the top is the document's title, no block of a case.
    if (starts.length === 0 && TITLE_WORD.test(l.text.trim()) && l.text.trim().split(/\s+/).length === 1) return;
    const kind = blockKind(l.text.trim().replace(/:$/u, ''));
    if (kind === null) return;
    if (kind === 'decision') {
      if (starts.length === 0) starts.push(i);
      decisions++;
      afterDecision = true;
      return;
    }
    if (kind === 'attachments' || kind === 'other') return;
    if (afterDecision) starts.push(i);
    afterDecision = false;
  });
  // No decision printed anywhere: the cases' titles over their blocks, where they are plain.
  if (decisions === 0) return titledBlocks(lines);
  // Two decisions at the least; one will do for two cases where the copy was cut in the second.
  if (starts.length < 2 || decisions < Math.min(2, starts.length - 1)) return [];
  // The cycles start with the same block as the first where that is a summary (`Resume`): blocks printed after a decision (`Sagens gang`,
  // `Beskrivelse af sagen`) belong to the case above, and a block of another kind after the last decision (a copy cut
  // there) starts none. Where the first block's kind does not come again, the blocks after each decision start the cycles.
  const kindAt = (i: number) => blockKind(lines[i]!.text.trim().replace(/:$/u, ''));
  // A case's summary (`Resume`) opens it in the systems that print one: its kind is the one that comes again.
  const first = kindAt(starts[0]!) === 'summary' ? 'summary' : null;
  const again: number[] = [];
  let decided = true;
  lines.forEach((l, i) => {
    if (l.blank || i < starts[0]!) return;
    const kind = kindAt(i);
    if (kind === 'decision') decided = true;
    else if (first !== null && kind === first && decided) {
      again.push(i);
      decided = false;
    }
  });
  const kinds = starts.map(kindAt);
  const later = kinds.slice(1);
  const usual = later.find((k) => later.filter((x) => x === k).length >= 2) ?? null;
  const kept = again.length >= 2 ? again : usual === null ? starts : starts.filter((_, k) => k === 0 || kinds[k] === usual);
  // `Godkendelse af referat` / `Indhold:` …: a short line over each cycle's first block is its title.
  const titles = kept.map((i) => {
    const p = prevNonBlank(lines, i);
    const t = p >= 0 ? lines[p]!.text.trim() : '';
    // Not an access marker (`Åben`, `Lukket punkt`) over the blocks.
    const title = p >= 0 && caseTitle(t);
    return title ? p : -1;
  });
  const titled = titles.every((p, k) => p >= 0 && (k === 0 || p > kept[k - 1]!));
  return kept.map((index, k) => (titled ? { index: titles[k]!, number: k + 1, pattern: 'punkt' as const, rest: lines[titles[k]!]!.text.trim(), score: 0, unnumbered: true } : { index, number: k + 1, pattern: 'punkt' as const, rest: '', score: 0, untitled: true }));
}

/**
 * A short line over a case's first block that titles it: a capital first, twelve words at most, no mark at its end, not a
 * block's heading, a name, a case number or an access marker (`Åben`). With `loose`, as a portal prints titles over cases
 * with no decision anywhere: a number first (`13 december …`) and one closing full stop will do, a sentence inside will not.
 */
function caseTitle(t: string, loose = false): boolean {
  if (t.split(/\s+/u).length > 12 || !(loose ? /^[\p{Lu}\d]/u : /^\p{Lu}/u).test(t) || /[:;,]$/u.test(t)) return false;
  if (loose ? /[.!?]\s/u.test(t) : /\.$/u.test(t)) return false;
  return !isBlockHeadingLine(t) && !looksLikeName(t) && !CASE_NUMBER.test(t) && !STATUS_LINE.test(t);
}

/**
 * Cases with no decision printed (an agenda, or a portal's minutes that tell the record under the case): `Meddelelser` /
 * `Sagsfremstilling` / … / `Mødekalender for 2031` / `Sagsfremstilling` / …. The block that opens the first case opens each,
 * right under a short title of its own: the titles are the items, where three or more and three in four of those blocks have
 * one (a title that is a field's value, under `Titel` or `Udvalg`, is none).
 */
/** The longest line read as a case's opening block heading (`Sagsfremstilling`, `Økonomi og finansiering`) in titledBlocks. */
const BLOCK_HEADING_LENGTH = 80;

function titledBlocks(lines: SLine[]): Candidate[] {
  let kind: string | null = null;
  const opens: number[] = [];
  lines.forEach((l, i) => {
    // (A block's heading is a short line: the long ones are not asked, most of a document.)
    if (l.blank || l.text.length > BLOCK_HEADING_LENGTH) return;
    const k = blockKind(l.text.trim().replace(/:$/u, ''));
    if (k === null || k === 'attachments' || k === 'other' || k === 'decision') return;
    kind ??= k;
    if (k === kind) opens.push(i);
  });
  if (opens.length < 3) return [];
  const titles = opens.map((i) => {
    const p = prevNonBlank(lines, i);
    if (p < 0) return -1;
    const t = lines[p]!.text.trim();
    const above = prevNonBlank(lines, p);
    const label = above >= 0 ? lines[above]!.text.trim().replace(/:$/u, '') : '';
    const valueOfField = above >= 0 && (isFieldLabel(label) || /^(?:Titel|Overskrift|Side)$/iu.test(label));
    return caseTitle(t, true) && !valueOfField ? p : -1;
  });
  const kept = titles.filter((p, k) => p >= 0 && (k === 0 || p > opens[k - 1]!));
  // (Two will do beside the portal's front page printed as a case of its own, `Titel` / `Forsiden` / `Sagsfremstilling`.)
  const front = opens.filter((i) => {
    const p = prevNonBlank(lines, i);
    return p >= 0 && FRONT_PAGE.test(lines[p]!.text.trim());
  }).length;
  if (kept.length < (front > 0 ? 2 : 3) || kept.length * 4 < (opens.length - front) * 3) return [];
  return kept.map((index, k) => ({ index, number: k + 1, pattern: 'punkt' as const, rest: lines[index]!.text.trim().replace(/\.$/u, ''), score: 0, unnumbered: true }));
}

/** `• Sagsid.:` with its value lost (a portal printed without its fields): a case's first line all the same. */
const EMPTY_CASE_LABEL = /^(?:[•·▪]\s*)?(?:Sags?id|Sagsnr|Sagsnummer)\.?\s*:$/iu;

/** `Sagsnr.: 00.22.02-A00-9-17 Sagsbehandler: Grethe Holm`: the case officer after the number on its line. */
const CASE_OFFICER_AFTER = /\s+Sagsbehandler\s*:.*$/u;

/** `a. Valg af dirigent`, `B: Beretning`, `Ad. a`, `Ad b:`, `• pkt. A – valg af dirigent:`: a letter where a number would stand. */
const LETTER_HEADING = /^([•·▪◦●○■]\s*)?([Aa]d\.?\s*|(?:Punkt|Pkt\.?|pkt\.?)\s*)?([a-zA-Z])(?:([.):]|\s+[–-])(?=\s+\S)|[.):]?$)/;

/** `Ad. d og e`, `Pkt. b & c:`: two letters after `Ad` or `Punkt`. */
const LETTER_JOINT = /^(Ad\.?\s*|(?:Punkt|Pkt\.?|pkt\.?)\s*)([a-zA-Z])\s+(og|&|\+)\s+([a-zA-Z])(?=\s*[.):]|\s*$|\s+\p{Lu})/u;

/**
 * The lines with each lettered heading's letter read as its number (`a.` as
 * `1.`, `Ad. b` as `Ad. 2`), for a second search for item headings; null
 * when no line has one. A lone letter counts only after `Ad` (`B` alone is no heading).
 */
function letteredLines(lines: SLine[]): SLine[] | null {
  let any = false;
  const out = lines.map((l) => {
    // `Ad. d og e`: two lettered entries recorded together.
    const joint = l.blank ? null : LETTER_JOINT.exec(l.text);
    if (joint) {
      any = true;
      const n = (x: string) => x.toLowerCase().charCodeAt(0) - 96;
      return { ...l, text: `${joint[1]}${n(joint[2]!)} ${joint[3]} ${n(joint[4]!)}${l.text.slice(joint[0].length)}` };
    }
    const m = l.blank ? null : LETTER_HEADING.exec(l.text);
    if (!m || (!m[2] && !m[4])) return l;
    // A dash after the letter only with `Pkt.` before it (`pkt. A – valg af dirigent`).
    if (m[4] !== undefined && /[–-]/.test(m[4]) && !m[2]) return l;
    any = true;
    const prefix = `${m[1] ?? ''}${m[2] ?? ''}`;
    const number = m[3]!.toLowerCase().charCodeAt(0) - 96;
    return { ...l, text: `${prefix}${number}${l.text.slice(prefix.length + 1)}` };
  });
  return any ? out : null;
}

/** A lettered point on its own line (`a) Turudvalget`, `b. Festudvalget`). */
const LETTERED_POINT_LINE = /^\s*[a-h][.)]\s+\S/u;

/** An agenda's entry by its number (`1. Godkendelse af referat`), or the label with the first entry run on after it. */
const LIST_ENTRY_NUMBER = /^(\s*(?:Dagsorden(?:en)?\s*:?\s+)?)(\d{1,2})(\s*[.)]\s+)(?=\S)/u;

/**
 * An agenda list whose printed numbers restart or repeat (`1.` `1.` `1.` `2.` `3.`, or the label's first entry then `1.` again:
 * a web page's list split in two), followed by records `Ad 1` … `Ad n` as many as its entries, or by records numbered 1, 2,
 * 3 … that open as the entries in their places do (`1. Valg af dirigent. Bo Dal blev valgt.`): the lines with the list's
 * entries numbered by their place, so that the records and the entries pair by number, and the lines of those entries.
 * Null where there is no such list.
 */
function renumberedList(lines: SLine[]): { lines: SLine[]; entries: number[] } | null {
  let records: { index: number; number: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A record that refers to an entry by its number with `Ad` (`Ad. 3:`, `ad 3`): the number after its word.
    const t = lines[i]!.text;
    const m = lines[i]!.blank || !RECORD_BY_NUMBER.test(t) || !/^\s*Add?\b/iu.test(t) ? null : /^\D*(\d{1,2})/u.exec(t);
    if (m) records.push({ index: i, number: Number(m[1]) });
  }
  // Or, with no `Ad`, the last numbered lines 1, 2, 3 … that open as the entries in their places do (checked below).
  const opening = records.length === 0;
  if (opening) records = lastNumberedRun(lines);
  if (records.length < 3 || !records.every((r, k) => r.number === k + 1)) return null;
  // The last run of numbered lines before the first record, a few lines apart at most (a note under an entry between them).
  let run: number[] = [];
  for (let i = 0, between = 0; i < records[0]!.index; i++) {
    if (lines[i]!.blank) continue;
    if (!LIST_ENTRY_NUMBER.test(lines[i]!.text)) {
      between++;
      continue;
    }
    if (run.length > 0 && (opening ? between > 4 : i - run[run.length - 1]! > 4)) run = [];
    run.push(i);
    between = 0;
  }
  if (opening) {
    // (Half of the records or more, two at least, open as the entry in their place does: `1. Valg af dirigent` … `1. Valg af dirigent. Bo Dal …`.)
    const entry = (i: number) => LIST_ENTRY_NUMBER.exec(lines[i]!.text) ? lines[i]!.text.replace(LIST_ENTRY_NUMBER, '') : '';
    const alike = records.filter((r, k) => k < run.length && sameOpening(entry(r.index), entry(run[k]!))).length;
    if (alike < 2 || alike * 2 < records.length) return null;
  }
  // As many entries as records, or more (entries with no record, a copy cut short).
  if (run.length < records.length || run.length > records.length * 3) return null;
  const printed = run.map((i) => Number(LIST_ENTRY_NUMBER.exec(lines[i]!.text)![2]));
  // A list starts at 1 (a run that begins further on is the end of a list, its entries too far apart to be read as one).
  if (printed[0] !== 1 || printed.every((n, k) => n === k + 1)) return null;
  // Points numbered under an entry, the list going on after them (`5. Bestyrelsen:` / `1.` `2.` `3.` / `6. Evt.`): no restart.
  // (Where the numbers counted again stop, the list going on from before them.)
  for (let k = 1; k < printed.length; k++) {
    if (printed[k]! > printed[k - 1]!) continue;
    // (Or counted again right under a lettered point of an entry: `3. Nyt fra udvalgene` / `a) Turudvalget` / `1. …`.)
    const above = prevNonBlank(lines, run[k]!);
    if (above > run[k - 1]! && LETTERED_POINT_LINE.test(lines[above]!.text)) return null;
    let j = k;
    while (j + 1 < printed.length && printed[j + 1] === printed[j]! + 1) j++;
    if (j + 1 < printed.length && printed[j + 1] === printed[k - 1]! + 1) return null;
  }
  const out = lines.slice();
  run.forEach((i, k) => {
    const l = lines[i]!;
    out[i] = { ...l, text: l.text.replace(LIST_ENTRY_NUMBER, (_m, _label: string, _n: string, mark: string) => `${k + 1}${mark}`) };
  });
  return { lines: out, entries: run };
}

/** The last numbered lines of a text that count 1, 2, 3 … one after another (`1. Valg af dirigent. Bo Dal …` / `2. …`), three or more. */
function lastNumberedRun(lines: SLine[]): { index: number; number: number }[] {
  const numbered: { index: number; number: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.blank ? null : LIST_ENTRY_NUMBER.exec(lines[i]!.text);
    if (m && m[1] === '') numbered.push({ index: i, number: Number(m[2]) });
  }
  let from = numbered.length - 1;
  while (from > 0 && numbered[from]!.number === numbered[from - 1]!.number + 1) from--;
  const run = numbered.slice(from);
  return run.length >= 3 && run[0]!.number === 1 && from > 0 ? run : [];
}

/** Two entries that open alike: one's title (to its first full stop) begins the other's, or their first three words are the same. */
function sameOpening(a: string, b: string): boolean {
  const title = (t: string) => t.split(/(?<=\p{L}{2})\.\s/u)[0]!.toLowerCase().replace(/[^\p{L}\d ]/gu, '').replace(/\s+/gu, ' ').trim();
  const [x, y] = [title(a), title(b)];
  if (x.length < 4 || y.length < 4) return false;
  const three = (t: string) => t.split(' ').slice(0, 3).join(' ');
  return x.startsWith(y) || y.startsWith(x) || (x.split(' ').length >= 3 && y.split(' ').length >= 3 && three(x) === three(y));
}

/** `l. Valg af dirigent`, `I. Valg …`: OCR's reading of `1.` */
const DAMAGED_ONE = /^([Il|])\s?([.)])\s+(?=\p{Lu})/u;

/**
 * The first item's number read by OCR as a letter (`l.`, `I.`, `|.`), where
 * item 2 follows in the same style and no line is numbered 1: read as 1 (in
 * place). Roman numbering (`II.` on a line) is left to the roman reading.
 */
function repairFirstNumber(lines: SLine[]): void {
  const at = lines.findIndex((l) => !l.blank && DAMAGED_ONE.test(l.text));
  if (at < 0) return;
  const mark = DAMAGED_ONE.exec(lines[at]!.text)![2]!;
  const rest = lines.slice(at + 1);
  if (!rest.some((l) => l.text.startsWith(`2${mark}`)) || lines.some((l) => l.text.startsWith(`1${mark}`)) || lines.some((l) => /^II[.)]/.test(l.text))) return;
  lines[at] = { ...lines[at]!, text: lines[at]!.text.replace(DAMAGED_ONE, `1$2 `) };
}

/** A heading numbered in roman numerals: `IV. Regnskab`, `Ad II`. */
const ROMAN_HEADING = /^(Ad\.?\s*)?(X{0,3}(?:IX|IV|V?I{0,3}))(?:[.):](?=\s+\S)|[.):]?$)/;
const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(r: string): number {
  let n = 0;
  for (let k = 0; k < r.length; k++) {
    const v = ROMAN[r[k]!]!;
    n += k + 1 < r.length && ROMAN[r[k + 1]!]! > v ? -v : v;
  }
  return n;
}

/**
 * The lines with each roman numeral of a heading read as its number (`IV.` as
 * `4.`), for a second search for item headings; null unless two or more lines
 * have one and one of them is more than a letter (`II`, `IV`: `I.` alone may be a letter).
 */
function romanLines(lines: SLine[]): SLine[] | null {
  let count = 0;
  let long = false;
  const out = lines.map((l) => {
    const m = l.blank ? null : ROMAN_HEADING.exec(l.text);
    if (!m || m[2] === '' || (!m[1] && !/[.):]/.test(l.text.charAt(m[2]!.length)))) return l;
    count++;
    long ||= m[2]!.length > 1;
    const prefix = m[1] ?? '';
    return { ...l, text: `${prefix}${romanValue(m[2]!)}${l.text.slice(prefix.length + m[2]!.length)}` };
  });
  return count >= 2 && long ? out : null;
}

/** An item heading that is its title and a colon (`Meddelelser fra kassereren:`, `Kapsejladsudvalg…`), also with the result after it (`Eventuelt: Intet.`). */
const TITLE_COLON = /^(\p{Lu}(?:[^:.,;!?…]|\.(?=\s*[\p{Ll}\d]))[^:.,;!?…]{1,60}?(?:(?:,\s+\p{Ll}+)+\s+og\s+\p{Ll}[^:.,;!?…]{1,30})?(?:\s+(?:nr|pkt|evt)\.\s*\d{0,4}[^:.,;!?…]{0,40}|\s+v\/[^:.,;!?…]{2,40})?(?:,\s+til\s+(?:drøftelse|beslutning|orientering|godkendelse|efterretning|behandling))?)\.?\s*(?:[:;](?:\s+(\S.*))?|…|\.\.\.)$/u;
const MIN_LABELLED = 3;
/** A line on what it concerns (`Ang.`, `Vedr.`, `Angående`, `Vedrørende`, a dash or not), its topic, a colon and the record. */
const CONCERNING_TOPIC = /^(?:Ang\.|Angående|Vedr\.|Vedrørende)\s*[–-]?\s*(\p{L}[^:]{1,60}?)\s*:\s+(\S.*)$/u;
/** A title, a dash with spaces round it, and the text (`Indkomne forslag – Der var ingen.`). */
const TITLE_DASH = /^(\p{Lu}[^:.;!?–]{2,60}?)\s+[–-]\s+(\S.*)$/u;

/** A line that opens a paragraph: the first, or one after a blank line. */
function opensParagraph(lines: SLine[], i: number): boolean {
  return i === 0 || lines[i - 1]!.blank;
}

/** The usual last item's title alone on its line, or before its text after a colon, a full stop or a dash (`Eventuelt. Udflugten …`). */
const CLOSING_TITLE = /^((?:[Ee]ventuel|EVENTUEL)[tT]?|(?:[Ee]vt|EVT)\.?|(?:[Dd]iv|DIV)\.?|[Dd]iverse|DIVERSE)\s*(?::\s*(\S.*)?|(?:(?<=\.)|\.|\s[-–])\s*(\p{Lu}.*)?)?$/u;
/** The usual items a portal prints one to a page: `Evt.`, `Eventuelt`, `Meddelelser`. */
const LONE_ITEM_TITLE = /^(?:Eventuel[t]?|Evt\.?|Meddelelser(?: fra \p{L}+)?)\s*:?$/iu;
/** Usual items at a meeting's end, printed without numbers after the numbered ones: `Økonomi`, `Næste møder`. */
const CLOSING_BLOCK = /^(Økonomi|Næste møder|Kommende møder|Mødeplan|Mødekalender)\s*:?$/iu;

/**
 * The usual last item printed without the number the items before it have
 * (`4. Bestyrelsesmøder` / … / `Evt:` / `Stærekasserne tømmes.`): the next
 * item, where the chain has no item of that title and no numbered heading follows.
 */
function closingItem(lines: SLine[], chain: Candidate[]): Candidate | null {
  if (chain.length < 2) return null;
  const last = chain[chain.length - 1]!;
  if (chain.some((c) => CLOSING_TITLE.test(c.rest.trim()) || /^(?:Eventuelt?|Evt|Diverse)\b/iu.test(c.rest))) return null;
  for (let i = last.index + 1; i < lines.length; i++) {
    const m = lines[i]!.blank ? null : CLOSING_TITLE.exec(lines[i]!.text.trim());
    if (!m) continue;
    if ((m[2] ?? m[3]) === undefined && nextNonBlank(lines, i) >= lines.length) return null;
    return { index: i, number: last.number + 1, pattern: 'punkt', rest: m[1]!, score: 0, unnumbered: true, ...((m[2] ?? m[3]) !== undefined ? { gluedText: (m[2] ?? m[3])! } : {}) };
  }
  return null;
}

/**
 * Usual end-of-meeting items printed without numbers, like the unnumbered
 * `Eventuelt` found after the numbered items (`10. Legitimitet` / … /
 * `Økonomi` / … / `Eventuelt` / … / `Næste møder` / …): each alone on its
 * line, opening a paragraph, with text under it. Those between the last
 * numbered item and `Eventuelt` come before it; the numbers go on from the
 * last item's (`closing` is renumbered after them, and any after it follow).
 */
function closingBlocks(lines: SLine[], chain: Candidate[], closing: Candidate): Candidate[] {
  const last = chain[chain.length - 1]!;
  const found: Candidate[] = [];
  for (let i = last.index + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank || i === closing.index || !CLOSING_BLOCK.test(l.text.trim()) || !opensParagraph(lines, i) || nextNonBlank(lines, i) >= lines.length) continue;
    if (chain.some((c) => c.rest.trim().toLowerCase() === l.text.trim().replace(/:$/, '').toLowerCase())) continue;
    found.push({ index: i, number: 0, pattern: 'punkt', rest: l.text.trim().replace(/:$/, ''), score: 0, unnumbered: true });
  }
  const before = found.filter((c) => c.index < closing.index);
  const after = found.filter((c) => c.index > closing.index);
  before.forEach((c, k) => (c.number = last.number + 1 + k));
  closing.number = last.number + 1 + before.length;
  after.forEach((c, k) => (c.number = closing.number + 1 + k));
  return [...before, ...after];
}

/** A web page's controls after a body's name in a table's row (`Byrådet Vis medlemmer Rss-feed til udvalget Udskriv`). */
const CONTROLS_AFTER = /\s+(?:Vis medlemmer|Rss(?:-feed)?|Udskriv|Abonn[eé]r|Print)\b.*$/iu;

/** A body's name without the controls a portal's row prints after it, and said once where its cells repeat it (`Byrådet Byrådet`). */
function tidyBody(body: string): string | null {
  const t = body.replace(CONTROLS_AFTER, '').trim();
  const twice = /^(.{3,60}?)\s+\1$/u.exec(t);
  const name = twice ? twice[1]! : t;
  return name === '' ? null : shapeBody(name);
}

/**
 * A document's headings by its own structure (a Word heading style, an HTML
 * `<h2>`, a Markdown `##`), at the one level that most often stands over text
 * of its own, the first line (the document's title), block headings and
 * labels aside: the items, numbered in order, when there are three or more.
 */
function headedItems(lines: SLine[]): Candidate[] {
  const byLevel = new Map<number, number[]>();
  lines.forEach((l, i) => {
    if (l.blank || l.headingLevel === undefined) return;
    const t = l.text.trim();
    if (blockKind(t.replace(/:$/, '')) !== null || groupLabel(t.replace(/:$/, '')) !== null || isFieldLabel(t.replace(/:.*$/, '')) || TITLE_WORD.test(t)) return;
    const j = nextNonBlank(lines, i);
    if (j >= lines.length || lines[j]!.headingLevel !== undefined) return;
    byLevel.set(l.headingLevel, [...(byLevel.get(l.headingLevel) ?? []), i]);
  });
  let best = [...byLevel.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  // No heading styles: short lines set in bold over text that is not (`Økonomi` / `Kassereren gennemgik …`), the first line (the title) aside.
  if (best.length < MIN_LABELLED) best = boldTitles(lines);
  if (best.length < MIN_LABELLED) return [];
  return best.map((index, k) => ({ index, number: k + 1, pattern: 'punkt' as const, rest: lines[index]!.text.trim().replace(/:$/, ''), score: 0, unnumbered: true }));
}

/** Paragraph titles, this many at least, make the items of a text with no other structure. */
const MIN_PARAGRAPH_TITLES = 4;

/**
 * A post of minutes with no numbers, colons or headings (`Kajakskjul.` /
 * `Kajakklubben har søgt om …` / `Nyt fra formanden` / `Maria er ansat.` /
 * …): one-line paragraphs of a few words without a verb, each after a
 * paragraph of text (or the title) and over one, are the titles. A short
 * paragraph right after a title is that title's text.
 */
function paragraphTitles(lines: SLine[]): Candidate[] {
  const byBlanks = titlesOfParagraphs(lines, false);
  if (byBlanks.length > 0) return byBlanks;
  // A page stored a paragraph to a line, with no blank lines between (`Status på budget` / `Det har en stor …` / `Arrangementer` / …):
  // its lines are its paragraphs, when some of them are too long to be lines wrapped on a page.
  // Only a page with few blank lines: where blank lines part some paragraphs, a short line over a long one may be a point of a report.
  const blanks = lines.filter((l) => l.blank).length;
  return lines.filter((l) => !l.blank && l.text.length > UNWRAPPED_LINE).length >= 3 && blanks * 4 <= lines.length - blanks ? titlesOfParagraphs(lines, true) : [];
}

/** `Budgettet godkendt.`, `Beretningen blev vedtaget.`: two to four words and a full stop (what became of the thing is `outcomeOf`'s to say). */
const SHORT_RESOLUTION = /^\p{Lu}\p{L}+(?:\s+\p{L}+){1,3}\.$/u;

/** A line longer than this was not wrapped on a page: a paragraph stored as one line. */
const UNWRAPPED_LINE = 150;

/** The document's paragraphs, a blank line apart (or each line one): where each starts, its text joined, how many lines it has. */
function paragraphsOf(lines: SLine[], lineByLine = false): { index: number; text: string; lines: number }[] {
  const paras: { index: number; text: string; lines: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank) continue;
    if (lineByLine) {
      paras.push({ index: i, text: lines[i]!.text.trim(), lines: 1 });
      continue;
    }
    if (i > 0 && !lines[i - 1]!.blank) continue;
    let j = i;
    while (j + 1 < lines.length && !lines[j + 1]!.blank) j++;
    paras.push({ index: i, text: lines.slice(i, j + 1).map((l) => l.text.trim()).join(' '), lines: j - i + 1 });
  }
  return paras;
}

/**
 * A short line shaped as a paragraph's title: a capital first, up to `most`
 * words, no sentence in it (no verb of its own, no full stop inside), no date
 * of the meeting, no block's heading, label or group (`Fravær: Mads`,
 * `Afbud`), no first name and what that person does; a group's word
 * (`Bestyrelse`) only where `labelOk`.
 */
function titleShaped(t: string, most: number, labelOk: boolean): boolean {
  // (A full stop inside is a sentence's end, but a number's or a date's abbreviation's: `… for ungdommen d. 31.10`.)
  if (t.split(/\s+/).length > most || !/^\p{Lu}/u.test(t) || /[,;:!?]$/u.test(t) || /(?<!\d)(?<!(?<!\p{L})(?:d|ca|nr|kl|pkt))\.\s/u.test(t) || /(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{3,}/u.test(t)) return false;
  const bare = t.replace(/\.$/u, '');
  const label = groupLabel(bare) !== null && !labelOk;
  // A date line is no title; `Arrangement den 30. januar 2031`, an event and its day, is (not the meeting's `Bestyrelsesmøde den …`).
  const dated = findDate(bare) !== null && !(/^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+(?:den|d\.)\s+\d/u.test(bare) && !/møde|generalforsamling|referat|dagsorden/iu.test(bare));
  // (Ended by a full stop, with a verb of what was done, it is a sentence: `Som referent valgtes Eva Holm.`.)
  if (FINITE_VERB.test(bare) || (/\.$/u.test(t) && CLAUSE_VERB.test(bare)) || dated || (blockKind(bare) !== null && blockKind(bare) !== 'economy') || label || isFieldLabel(bare) || TITLE_WORD.test(bare)) return false;
  // `Fravær: Mads`: a label and its value; `Tim bestiller smørrebrød`: a first name and what that person does.
  return !(/:\s|,\s+\p{Ll}/u.test(t) || (/^\p{Lu}\p{Ll}+\s+\p{Ll}+(?:er|år|ør|de|te)\b/u.test(t) && isGivenName(t.split(/\s+/)[0]!)));
}

/**
 * A paragraph's first line as a longer title (`Budget – indkøb af hegn og maling til bænkene.`, `Teoriaftner f.eks. dyrlæge og
 * ????`): up to 14 words before any question's end, no sentence of what was done, no full stop inside but an abbreviation's,
 * and three quarters or less of the paragraph's longest line (a hard-wrapped paragraph's lines are alike in length), or, over
 * two lines of text or more, ended where the next line's first word would still have fitted (a page's paragraph under its
 * title: the title's line was not wrapped, the lines under it are).
 */
function longHead(t: string, own: string[], layout: TextLayout): boolean {
  const title = /^(\p{Lu}[^?]{5,120}\?+)\s+\p{Lu}/u.exec(t)?.[1] ?? t;
  const longest = Math.max(...own.slice(1).map((x) => x.length));
  const innerStop = [...title.matchAll(/\.\s/gu)].some((m) => !ABBREVIATION_END.test(title.slice(0, m.index! + 1)) && !/\d\.$/u.test(title.slice(0, m.index! + 1)));
  return title.split(/\s+/u).length <= 14 && /^\p{Lu}/u.test(title) && !/[,;:]$/u.test(title) && !innerStop && !TITLE_WORD.test(title) && blockKind(title.replace(/[.?]+$/u, '')) === null && !FINITE_VERB.test(title) && !RECORDED_VERB.test(title) && outcomeOf(title) === null && findDate(title) === null && (title.length * 4 <= longest * 3 || (own.length >= 3 && title === t && !wrapped(t, own[1]!, layout))) && groupLabel(title.replace(/[.?]+$/u, '')) === null && !isFieldLabel(title.replace(/[.?]+$/u, ''));
}

/** A usual item's title alone on its line (`Valg af ordstyrer:`, `Nyt fra kassereren.`): ten words or fewer, no sentence, no label of a block or a group. */
function usualHead(t: string): boolean {
  const bare = t.replace(/\s*[.:]$/u, '');
  return USUAL_TITLE.test(bare) && bare.split(/\s+/u).length <= 10 && !/[.:;!?]/u.test(bare.replace(/\d\.\s*/gu, '')) && !FINITE_VERB.test(bare) && !RECORDED_VERB.test(bare) && outcomeOf(bare) === null && blockKind(bare) === null && groupLabel(bare) === null && !isFieldLabel(bare) && !TITLE_WORD.test(bare);
}

/**
 * Paragraphs a blank line apart, each opened by a title on its first line
 * with its text on the lines under it (`Byggesag` / `Efter gentagne aflysninger
 * …` / blank / `Renovation` / `Containeren flyttes …`): the items, when four or
 * more read so and the paragraphs after the first that do not (an item's
 * further paragraphs) are no more than twice as many, below the document's
 * own title. With `three` (the last reading tried), three such paragraphs
 * with nothing else among them will do, and a later dated meeting's head
 * ends the paragraphs read.
 */
function headedParagraphs(lines: SLine[], layout: TextLayout, three = false): Candidate[] {
  const found: Candidate[] = [];
  let others = 0;
  const all = paragraphsOf(lines).slice(1);
  // (A dated meeting's head after the titles found starts another meeting's minutes on the page: `Resume – bestyrelsesmøde 26. juni`.)
  // (A dash after the head's first word is read as a space: `Resume – bestyrelsesmøde`.)
  const meetingHead = (t: string) => MEETING_DATED.test(t.trim().replace(/^(\p{L}+)\s+[-–]\s+/u, '$1 ')) && findDate(t) !== null;
  const next = !three ? -1 : all.findIndex((p, k) => k > 0 && p.lines === 1 && meetingHead(lines[p.index]!.text));
  const paragraphs = three && next > 0 ? all.slice(0, next) : all;
  paragraphs.forEach((p, k) => {
    const t = lines[p.index]!.text.trim();
    const under = lines[p.index + 1]?.text.trim() ?? '';
    // Not a menu of short links (`Bestil licens` / `Bliv medlem` / `Kalender`): three or more lines of a word or two, none a sentence.
    const own = lines.slice(p.index, p.index + p.lines).map((l) => l.text.trim());
    const text = !(p.lines >= 3 && own.every((x) => x.split(/\s+/u).length <= 2 && !/[.!?]$/u.test(x)));
    // The last paragraph may be the closing item alone (`Eventuelt.`), nothing said under it.
    const closing = p.lines === 1 && k === paragraphs.length - 1 && found.length > 0 && CLOSING_TITLE.test(t);
    const opens = p.lines > 1 && text && /^[\p{Lu}\d(]/u.test(under) && !LIST_BULLET.test(under) && !/:$/u.test(t);
    // A usual item's title ended by a colon or a full stop, perhaps with the earlier meeting's date (`Valg af ordstyrer:`,
    // `Godkendelse af referat fra mødet den 1. marts 2031.`), over its record.
    const usual = p.lines > 1 && text && /^[\p{Lu}\d(]/u.test(under) && !LIST_BULLET.test(under) && usualHead(t);
    if ((opens && titleShaped(t, 7, true)) || closing || usual) found.push({ index: p.index, number: found.length + 1, pattern: 'punkt', rest: t.replace(/[.:]$/u, '').trim(), score: 0, unnumbered: true });
    else if (opens && longHead(t, own, layout)) {
      // A longer title over a paragraph of text that is longer still: a topic or a question (`Hvordan følger vi vores vedtægter? Vi …`),
      // what follows the question on its line being the record's start.
      const asked = /^(\p{Lu}[^?]{5,120}\?+)\s+(\p{Lu}.*)$/u.exec(t);
      found.push({ index: p.index, number: found.length + 1, pattern: 'punkt', rest: (asked ? asked[1]! : t).replace(/\.$/u, ''), score: 0, unnumbered: true, ...(asked ? { gluedText: asked[2]! } : {}) });
    } else if (found.length > 0) others++;
    // `Regnskabet godkendes` / `Behandling af indkomne forslag` / blank / `Valg af formand.`: a usual item's title as its paragraph's
    // last line, after a sentence's end, nothing recorded under it, once items are read from the paragraphs' heads.
    const end = p.index + p.lines - 1;
    const last = lines[end]!.text.trim();
    if (found.length > 0 && p.lines >= 3 && !found.some((c) => c.index === end) && usualHead(last) && !/[.:]$/u.test(last) && titleShaped(last, 7, true) && !/[,–-]$|\b(?:og|at|i|af|til|for)$/u.test(lines[end - 1]!.text.trim())) {
      found.push({ index: end, number: found.length + 1, pattern: 'punkt', rest: last, score: 0, unnumbered: true });
    }
  });
  // (Three will do, where nothing else reads the document, nothing else stands among them and each is a title over two
  // lines of text or more.)
  const allTitled = three && found.length === MIN_PARAGRAPH_TITLES - 1 && others === 0 && found.every((c) => (paragraphs.find((p) => p.index === c.index)?.lines ?? 0) >= 3);
  return (found.length >= MIN_PARAGRAPH_TITLES && found.length * 2 >= others) || allTitled ? found : [];
}


/** A post's byline, who wrote it: a name with the writer's mark in brackets (`Eva Holm (red.)`, `Bo Dal (ref.)`). */
const BYLINE = /\((?:red|ref|referent|skribent|forfatter)\.?\)$/iu;

function titlesOfParagraphs(lines: SLine[], lineByLine: boolean): Candidate[] {
  const paras = paragraphsOf(lines, lineByLine);
  // Line by line, a title over a paragraph of text (or over a line that introduces a list, `Ideer vi kan tage op:`).
  const textUnder = (k: number) => {
    const next = paras[k + 1]?.text ?? '';
    return next.split(/\s+/).length >= 8 || /^\p{Lu}.{5,60}:$/u.test(next);
  };
  const shaped = (p: { text: string; lines: number }, k: number) => {
    // Line by line, over text, a title may be longer (`Opfølgning på mødet med kommunen og skolen om hallen`).
    // `Bestyrelse` over a paragraph of sentences, not over names, is a title, not a group's label.
    return p.lines === 1 && titleShaped(p.text, lineByLine && textUnder(k) ? 10 : 7, lineByLine && textUnder(k) && /[.!?]$/u.test(paras[k + 1]!.text));
  };
  let found: Candidate[] = [];
  // The first paragraph is the post's own title; the first item's title may follow it directly.
  // A web page's chrome above (`Log ind`, the site's name): the items begin after the last line near the top that names the meeting and its day.
  const titled = paras.slice(0, 12).map((p, k) => (p.lines === 1 && MEETING_DATED.test(p.text) && findDate(p.text) !== null ? k : 0)).reduce((a, b) => Math.max(a, b), 0);
  let prevTitle = false;
  // (A title with its record indented under it is its own title and text: it counts as two paragraphs.)
  let headedCount = 0;
  const glued = new Set<number>();
  const personAt = (k: number) => k >= 0 && k < paras.length && paras[k]!.lines === 1 && looksLikeName(paras[k]!.text.replace(/\s*\([^)]*\)$/u, ''));
  // `Følgende klubber var repræsenteret:` / `Roklubben` / `Skiklubben` / …: the entries of a group's list, a paragraph each, are no titles.
  // The list runs while its paragraphs are one line shaped as a name (capitalised words, one small word at most besides `og`, `i`, …)
  // over another short line, up to a title over its text (`Regnskab` / `Der var ikke …`).
  const listed = new Set<number>();
  const nameShaped = (t: string) => {
    const words = t.split(/\s+/u);
    return words.length <= 6 && /^\p{Lu}/u.test(t) && !/[:.!?]$/u.test(t) && words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:og|i|for|af|på|ved|&)$/u.test(w)).length <= 1;
  };
  paras.forEach((p, k) => {
    if (p.lines !== 1 || !/:$/u.test(p.text) || groupLabel(withoutEndColon(p.text)) === null) return;
    for (let j = k + 1; j < paras.length && paras[j]!.lines === 1 && nameShaped(paras[j]!.text) && (paras[j + 1]?.text.split(/\s+/u).length ?? 0) < 8; j++) listed.add(j);
  });
  paras.forEach((p, k) => {
    if (k <= titled || listed.has(k)) return;
    // Line by line, a title stands over a paragraph of text, not over another short line (a list's entry, a name).
    const overText = !lineByLine || (k + 1 < paras.length && textUnder(k));
    // A list of those present a name to a paragraph (`Deltagere:` / `Bo Dal` / `Eva Holm (ref)`): no titles; one name alone may be one.
    const person = () => personAt(k) && (personAt(k - 1) || personAt(k + 1) || (k > 0 && groupLabel(withoutEndColon(paras[k - 1]!.text)) !== null) || BYLINE.test(p.text));
    // The last paragraph may be the closing item alone (`Eventuelt`), nothing said under it.
    const closing = k === paras.length - 1 && p.lines === 1 && found.length > 0 && !prevTitle && CLOSING_TITLE.test(p.text);
    const title = (!prevTitle && k + 1 < paras.length && overText && shaped(p, k) && !person()) || closing;
    // `Valg af referent` / ` THN`: a title flush left over its record indented under it, in the same paragraph.
    const first = lines[p.index]!;
    const indentOf = (l: SLine) => l.indent ?? (/^\s*/u.exec(l.text)![0].length);
    const indentedUnder = !lineByLine && !title && p.lines > 1 && p.lines <= 4 && lines.slice(p.index + 1, p.index + p.lines).every((l) => indentOf(l) > indentOf(first)) && titleShaped(first.text.trim(), 7, true);
    // (`Ny bøjepladskontrakt` / `Der er udarbejdet et nyt udkast.`: a short title with its record on the next line, no blank line
    // between, among titles a paragraph of their own; read so only where enough of those stand alone (MIN_PARAGRAPH_TITLES).)
    const second = p.lines > 1 ? lines[p.index + 1]!.text.trim() : '';
    const gluedOver = !lineByLine && !title && !indentedUnder && !prevTitle && p.lines > 1 && first.cellBreaks === undefined && titleShaped(first.text.trim(), 5, false) && !/[.,:;!?]$/u.test(first.text.trim()) && /^\p{Lu}/u.test(second) && second.split(/\s+/u).length >= 5 && second.length > first.text.trim().length * 2;
    if (indentedUnder || gluedOver) headedCount++;
    if (gluedOver) glued.add(p.index);
    if (title || indentedUnder || gluedOver) found.push({ index: p.index, number: found.length + 1, pattern: 'punkt', rest: (title ? p.text : first.text.trim()).replace(/\.$/u, ''), score: 0, unnumbered: true });
    prevTitle = title;
  });
  // `Valg af bestyrelse` / `Bo Dal (genvalgt)` / `Eva Holm` / `Valg af revisorer.` / `Per Lund`: the next election's title in the
  // paragraph of those elected at the last, no blank line before it, among titles a paragraph of their own.
  if (!lineByLine) {
    for (const p of paras) {
      for (let i = p.index + 1; i < p.index + p.lines; i++) {
        const t = lines[i]!.text.trim();
        const above = lines[i - 1]!.text.trim().replace(/\s*\([^()]*\)$/u, '');
        if (!/^Valg\s+af\s/u.test(t) || !usualHead(t) || i + 1 >= p.index + p.lines || !looksLikeName(above) || found.some((c) => c.index === i)) continue;
        glued.add(i);
        found.push({ index: i, number: 0, pattern: 'punkt', rest: t.replace(/\.$/u, ''), score: 0, unnumbered: true });
      }
    }
    found = found.sort((a, b) => a.index - b.index).map((c, k) => ({ ...c, number: k + 1 }));
  }
  // (Titles with their records glued under them count only among enough titles a paragraph of their own.)
  if (glued.size > 0 && found.length - glued.size < MIN_PARAGRAPH_TITLES) {
    headedCount -= glued.size;
    found = found.filter((c) => !glued.has(c.index)).map((c, k) => ({ ...c, number: k + 1 }));
  }
  // Line by line, each title over a paragraph of text, three will do.
  if (found.length < (lineByLine ? MIN_PARAGRAPH_TITLES - 1 : MIN_PARAGRAPH_TITLES) || found.length * 2 > paras.length + headedCount) return [];
  // `Bestyrelsesmøde 4. maj` / `Referat fra sidste møde godkendt.` / `Økonomi` / …: the one paragraph between the post's title and the
  // first title, a usual item's title and what became of it, is the first item, the whole line its record.
  const k0 = titled + 1;
  const verdict = k0 < paras.length && paras[k0]!.lines === 1 && paras[k0 + 1]?.index === found[0]!.index ? TITLE_THEN_VERDICT.exec(paras[k0]!.text) : null;
  if (verdict && USUAL_TITLE.test(verdict[1]!) && !FINITE_VERB.test(verdict[1]!)) {
    return [{ index: paras[k0]!.index, number: 1, pattern: 'punkt', rest: verdict[1]!, gluedText: paras[k0]!.text, score: 0, unnumbered: true }, ...found.map((c) => ({ ...c, number: c.number + 1 }))];
  }
  return found;
}

/** A title and what became of it with no mark between (`Referat fra sidste møde godkendt.`, `Dagsorden blev godkendt`). */
const TITLE_THEN_VERDICT = /^(\p{Lu}.{2,60}?)\s+((?:blev\s+|er\s+)?(?:godkendt|vedtaget|taget\s+til\s+efterretning)(?:[\s,.].{0,80})?)$/u;

/** A title that names a topic, not a sentence of what was done: no finite verb, no past (`-ede`, `-te`), no passive past (`valgtes`). */
function namesATopic(t: string): boolean {
  return !FINITE_VERB.test(t) && !AD_RECORD_VERB.test(t) && !/\p{Ll}{3,}(?:te|de|tes|des)(?!\p{L})/u.test(t);
}

/** A paragraph opened by its topic and a full stop, then what was said (`EU-forslagene. Konklusion: …`). */
const RUN_IN_PARAGRAPH = /^(\p{Lu}[^.!?:]{2,110}?[\p{L}\d)])\.\s+(\p{Lu}.{20,})$/u;
const MIN_RUN_IN_PARAGRAPHS = 4;

/**
 * Paragraphs a blank line apart, each opened by a topic ended by a full stop
 * and what was said after it (`Valg af dirigent og referent. Lise dirigent …`
 * / `EU-forslagene. Konklusion: …`): the items, when four or more and most
 * of the paragraphs read so. The topic has no verb of its own (a sentence
 * like `Formanden bød velkommen.` opens no item).
 */
function runInParagraphTitles(lines: SLine[]): Candidate[] {
  // (A paragraph whose lines each open so, two or more, the blank lines between them lost: each line a paragraph.)
  const topicLine = (t: string) => {
    const m = RUN_IN_PARAGRAPH.exec(t.trim());
    return m !== null && m[1]!.split(/\s+/).length <= 8 && namesATopic(m[1]!.trim()) && groupLabel(m[1]!.trim()) === null && !isFieldLabel(m[1]!.trim());
  };
  // (From its first such line on: the lines above it, a header run into the paragraph, stay one.)
  const paras = paragraphsOf(lines).flatMap((p) => {
    if (p.lines < 2) return [p];
    const own = lines.slice(p.index, p.index + p.lines);
    const isTopic = own.map((l) => topicLine(l.text));
    const first = isTopic.indexOf(true);
    const rest = first < 0 ? [] : own.slice(first);
    const topics = isTopic.filter(Boolean).length;
    if (topics < 2 || topics * 3 < rest.length * 2) return [p];
    const head = own.slice(0, first);
    return [
      ...(head.length > 0 ? [{ index: p.index, text: head.map((l) => l.text.trim()).join(' '), lines: head.length }] : []),
      ...rest.map((l, k) => ({ index: p.index + first + k, text: l.text.trim(), lines: 1 })),
    ];
  });
  const found: Candidate[] = [];
  let others = 0;
  let usual = 0;
  for (const p of paras.slice(1)) {
    // A usual title with no mark before a capital (`Beretning Kommentarer. …`, `Valg af dirigent Bo Dal.`) ends there.
    const bare = USUAL_BARE_RUN_IN.exec(p.text);
    const m = bare && (bare[2] !== undefined || ONE_WORD_TITLE.test(bare[1]!)) ? null : RUN_IN_PARAGRAPH.exec(p.text);
    const topic = m ? m[1]!.trim() : '';
    const isTopic = m !== null && topic.split(/\s+/).length <= 14 && namesATopic(topic) && groupLabel(topic) === null && !isFieldLabel(topic) && findDate(topic) === null && !looksLikeName(topic);
    // A usual title may end at a full stop with no space after it, and its record be short.
    const u = isTopic ? null : m === null && bare && (bare[2] !== undefined || ONE_WORD_TITLE.test(bare[1]!)) ? [bare[0], bare[1]!, bare[3]!] : USUAL_RUN_IN.exec(p.text);
    const usualTopic = u !== null && USUAL_TITLE.test(u[1]!) && u[1]!.split(/\s+/).length <= 6 && namesATopic(u[1]!) && groupLabel(u[1]!) === null && u[2]!.split(/\s+/).length >= 2;
    // `Punkt 7 på dagsorden udgik`: the agenda's own number among them keeps its place, untitled.
    const numbered = isTopic || usualTopic ? null : /^(?:Punkt|Pkt\.?)\s*(\d{1,2})\b/u.exec(p.text);
    if (isTopic) {
      found.push({ index: p.index, number: found.length + 1, pattern: 'punkt', rest: topic, score: 0, unnumbered: true, gluedText: m![2]! });
      if (USUAL_TITLE.test(topic)) usual++;
    } else if (usualTopic) {
      found.push({ index: p.index, number: found.length + 1, pattern: 'punkt', rest: u[1]!.trim(), score: 0, unnumbered: true, gluedText: u[2]! });
      usual++;
    } else if (numbered && found.length > 0 && Number(numbered[1]) === found.length + 1) {
      found.push({ index: p.index, number: found.length + 1, pattern: 'punkt', rest: '', score: 0, untitled: true });
    } else if (found.length > 0 && !ATTENDANCE_LABEL.test(p.text) && !/^\p{Lu}[\p{L} ]{1,25}:/u.test(p.text)) others++;
  }
  // (The paragraphs above the first of them, a page's chrome and header, count neither way.)
  // Most paragraphs read so; or most of the titles are a meeting's usual ones (`Valg af dirigent`, `Regnskab`), however much was said under them.
  const enough = found.length >= others * 2 || (usual >= MIN_RUN_IN_PARAGRAPHS && usual * 4 >= found.length * 3);
  return found.length >= MIN_RUN_IN_PARAGRAPHS && enough ? found : [];
}

/**
 * Numbers alone on their lines in turn from 1 (`1:` / `2.` / …), each right
 * over a sentence of what was done (`Vi har talt om budgettet.`), two or more:
 * untitled items, each the record under its number. The numbers' lines are
 * taken out of the text (they are no part of any record).
 */
function bareNumberRecords(lines: SLine[], candidates: Candidate[]): Candidate[] {
  const found: { at: number; index: number }[] = [];
  for (const c of candidates) {
    const i = c.index;
    if (c.pattern !== 'bare' || c.number !== found.length + 1 || i + 1 >= lines.length || lines[i + 1]!.blank) continue;
    const t = lines[i + 1]!.text.trim();
    const words = t.split(/\s+/u).length;
    if (!/^\p{Lu}/u.test(t) || words < 4 || !(FINITE_VERB.test(t) || TOLD_ENTRY.test(t) || (/[.!]$/u.test(t) && words >= 6))) continue;
    found.push({ at: i, index: i + 1 });
  }
  if (found.length < 2) return [];
  for (const f of found) lines[f.at] = { ...lines[f.at]!, text: '', blank: true };
  return found.map((f, k) => ({ index: f.index, number: k + 1, pattern: 'punkt', rest: '', score: 0, untitled: true }));
}

/** The fewest lines in a row opening with the next number that make the items. */
const MIN_NUMBERED_LINES = 5;

/**
 * Lines that each open with the next number, whatever the mark after it or
 * the case of the title (`3.Regnskab Bo orienterede …` / `4. Hold til kvartet
 * …` / `6 Standerhejsning lørdag …` / `7 træningstider: …`), five or more,
 * each with three words or more after its number, text between them or not:
 * the items. The title ends at a colon, or where a record runs on after it
 * (a full stop, a dash, a name and a verb); else the line is all title.
 */
function numberedLines(lines: SLine[]): Candidate[] {
  let best: Candidate[] = [];
  let run: Candidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const m = /^(\d{1,2})\s*[.):]?\s*(\p{L}.*)$/u.exec(l.text.trim());
    // (A shorter line goes on with a run begun, as its last entry often is: `7. Eventuelt`.)
    const goesOn = m !== null && run.length > 0 && Number(m[1]) === run[run.length - 1]!.number + 1;
    if (!m || (m[2]!.split(/\s+/).length < 3 && !goesOn) || findDate(l.text.trim())?.index === 0) continue;
    const rest = m[2]!.trim();
    const colon = /^([^:]{2,40}?)\s*:\s*(\S.*)$/u.exec(rest);
    // (A line that opens with a sentence of what was done, `3. Revisoren gennemgik regnskabet. Det ser fint ud.`, has no title:
    // all of it is the record.)
    const told = !colon && TOLD_ENTRY.test(rest.split(/(?<=\p{L}[.!?])\s+/u)[0]!) && !USUAL_TITLE.test(rest);
    const split = colon ? { title: colon[1]!, text: colon[2]! } : told ? { title: '', text: rest } : (runOnRecord(rest) ?? gluedTitle(rest));
    const c: Candidate = { index: i, number: Number(m[1]), pattern: 'punkt', rest: split ? split.title : rest, score: 0, unnumbered: true, ...(split ? { gluedText: split.text } : {}) };
    const last = run[run.length - 1];
    run = last && c.number === last.number + 1 ? [...run, c] : [c];
    if (run.length > best.length) best = run;
  }
  return best.length >= MIN_NUMBERED_LINES ? best : [];
}

/** A usual title opening a paragraph, its record after a full stop, a space after it or not: `Budget.Eva mener …`, `Regnskab. Godkendt.`. */
const USUAL_RUN_IN = /^(\p{Lu}[^.!?:]{2,60}?[\p{L}\d)])\.\s*(\p{Lu}.*)$/u;
/**
 * A usual item's title run into its record with no mark between, its words in small letters after the first up to the capital
 * that opens the record's sentence (`Formandens beretning Læs beretningen i …`, `Valg af revisorer Til revisor genvalgtes …`):
 * the title and the record. Null where the words before the capital hold a verb (`Formanden fortalte om Holmby …`) or end on
 * one that asks for more.
 */
function usualTitleBare(rest: string): { title: string; text: string } | null {
  const m = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,5})\s+(\p{Lu}\p{Ll}*(?:\s+\S+){2,}.*)$/u.exec(rest);
  // (Not where the words go on into a name: `Formandens beretning ved Bo Dal blev godkendt.`)
  if (!m || !USUAL_TITLE.test(m[1]!) || FINITE_VERB.test(m[1]!) || TOLD_ENTRY.test(m[1]!) || RECORDED_VERB.test(m[1]!) || hasFiniteVerb(m[1]!) || TITLE_CANNOT_END.test(m[1]!.split(/\s+/u).pop()!)) return null;
  return { title: m[1]!, text: m[2]! };
}

/** One word, or an election's title, then a capital with no mark between: `Beretning Kommentarer. …`, `Valg af dirigent Bo Dal.`. */
const USUAL_BARE_RUN_IN = /^((?:Valg|Genvalg)\s+af\s+(\p{Ll}+(?:\s+og\s+\p{Ll}+)?)|\p{Lu}\p{Ll}+)\s+(\p{Lu}.*)$/u;

function boldTitles(lines: SLine[]): number[] {
  const first = lines.findIndex((l) => !l.blank);
  const found: number[] = [];
  lines.forEach((l, i) => {
    if (l.blank || l.bold !== true || i === first) return;
    const t = l.text.trim();
    if (t.split(/\s+/).length > 10 || !/^\p{Lu}/u.test(t) || /[.,;!]$/u.test(t) || findDate(t) !== null) return;
    // `Økonomi` is an item's title here, as in a list of titles and colons; `Beslutning` is not.
    const kind = blockKind(t.replace(/:$/, ''));
    if ((kind !== null && kind !== 'economy' && kind !== 'other') || groupLabel(t.replace(/:$/, '')) !== null || isFieldLabel(t.replace(/:.*$/, '')) || TITLE_WORD.test(t)) return;
    const j = nextNonBlank(lines, i);
    if (j >= lines.length || lines[j]!.bold === true) return;
    found.push(i);
  });
  return found;
}

/** A document's own title (`Referat af …`, `Dagsorden`), never an item. */
const TITLE_WORD = /^(?:Referat|Dagsorden|Beslutningsprotokol|Protokol)\b/iu;

/** Bullets going on from a short chain, this many at least. */
const MIN_GOING = 2;

/**
 * A list numbered at its first entry only, as a web page renders one whose
 * other entries lost their numbers: after the last numbered item, bulleted
 * titles as far in, each opening a paragraph with text under it, are the
 * next items (`1. Valg af dirigent` / text / `• Formandens beretning` /
 * text / `• Regnskab` / text).
 */
/**
 * Bulleted titles over a case system's blocks (`- Godkendelse af dagsorden`
 * / `Beslutning` / `Godkendt.`): where two or more bulleted titles stand
 * right over a block heading, every title with that bullet at that indent,
 * over a line of text, is an item (`- Høringer` / `Der er kommet to …`);
 * three or more, numbered in order. A title is 20 words or fewer with no
 * sentence's end.
 */
function bulletsOverBlocks(lines: SLine[]): Candidate[] {
  const titled = (i: number): string | null => {
    const l = lines[i]!;
    if (l.blank || !LIST_BULLET.test(l.text)) return null;
    const t = l.text.replace(LIST_BULLET, '').trim();
    // `Økonomi` is an item of its own here, `Beslutning` is not.
    const kind = blockKind(t);
    return /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 20 && !/[.!?:]$/u.test(t) && (kind === null || kind === 'economy' || kind === 'other') ? t : null;
  };
  const overBlock = (i: number): boolean => {
    const j = nextNonBlank(lines, i);
    return j < lines.length && j - i <= 2 && isBlockHeadingLine(lines[j]!.text);
  };
  const anchors = lines.flatMap((_, i) => (titled(i) !== null && overBlock(i) ? [i] : []));
  if (anchors.length < 2) return [];
  // The bullet they are printed with (`-`, `•`); every title of that bullet, at that indent, over its text, is an item too.
  const mark = lines[anchors[0]!]!.text.trim().charAt(0);
  const indent = lines[anchors[0]!]!.indent ?? 0;
  const found: Candidate[] = [];
  lines.forEach((l, i) => {
    const t = titled(i);
    if (t === null || l.text.trim().charAt(0) !== mark || Math.abs((l.indent ?? 0) - indent) > 1) return;
    const j = nextNonBlank(lines, i);
    if (j >= lines.length || LIST_BULLET.test(lines[j]!.text)) return;
    found.push({ index: i, number: found.length + 1, pattern: 'punkt', rest: t, score: 0, unnumbered: true });
  });
  return found.length >= 3 ? found : [];
}

/** A bullet's title and its record after the first colon that a capital follows (`Covid-19: stillingtagen til årsmøde: Udsat.`). */
const RUN_IN_BULLET = /^(\p{Lu}.{2,150}?):\s+([\p{Lu}\d].*)$/u;

/** The line right under a bullet and set further in than it (`• Status på tiderne.` / `  1. Resumé af mødet.`): a point of it. */
function setUnderBullet(lines: SLine[], index: number): boolean {
  const above = prevNonBlank(lines, index);
  return above >= 0 && LIST_BULLET.test(lines[above]!.text.trim()) && (lines[above]!.indent ?? 0) < (lines[index]!.indent ?? 0);
}

function bulletsGoingOn(lines: SLine[], chain: Candidate[]): Candidate[] {
  if (chain.length === 0 || chain.length > 2 || chain.some((c) => c.unnumbered)) return [];
  // (Not from a point set further in right under a bullet: `• Status på tiderne.` / `  1. Resumé af mødet.`.)
  if (setUnderBullet(lines, chain[0]!.index)) return [];
  const last = chain[chain.length - 1]!;
  const found = bulletEntries(lines, chain, last.index + 1, lines.length, last.number + 1);
  // (`2. Beretning: Bo gav en sammenfatning:` / `• Kroket har …` / `• Svømning …`: bullets right under a line that announces them
  // with its colon are its points.)
  const before = found.length > 0 ? found[0]!.index - 1 : -1;
  if (before >= 0 && !lines[before]!.blank && /:\s*$/u.test(lines[before]!.text)) return [];
  return found.length >= MIN_GOING ? found : [];
}

/**
 * `1. Valg af:` / text / `• Beretning` / text / `• Regnskab:` / text / `1. Valg af revisor` / text / `1. Eventuelt` / `• …`: a list
 * whose automatic numbering came out as `1.` again and again for some entries and as bullets for the others. The bullets
 * between its numbered entries, at their depth, are entries too (those after the last are its points); all are numbered by
 * place. The whole list, or the chain as it was.
 */
function bulletsAmongOnes(lines: SLine[], chain: Candidate[]): Candidate[] {
  if (chain.length < 2 || chain.some((c) => c.unnumbered || !/^\s*1[.)]\s/u.test(lines[c.index]!.text))) return chain;
  // (A bullet a blank line below text: not one of the points set right under an entry, `1. Økonomi` / `• Balancen …` / `• …`.)
  // (Nor the first bullet right under an entry's title, a blank line between: `1. Orientering` / blank / `• Elevtal: 135.`.)
  const apart = (e: Candidate) => {
    const above = prevNonBlank(lines, e.index);
    return e.index > 0 && lines[e.index - 1]!.blank && !LIST_BULLET.test(lines[above]?.text ?? '') && !chain.some((c) => c.index === above);
  };
  const between = chain.slice(1).flatMap((c, k) => bulletEntries(lines, chain, chain[k]!.index + 1, c.index, 0)).filter(apart);
  if (between.length === 0) return chain;
  return [...chain, ...between].sort((a, b) => a.index - b.index).map((c, k) => ({ ...c, number: k + 1 }));
}

/** The bullets from line `from` up to `to` at the depth of the chain's last entry that read as entries, numbered from `first`. */
function bulletEntries(lines: SLine[], chain: Candidate[], from: number, to: number, first: number): Candidate[] {
  const last = chain[chain.length - 1]!;
  const indent = lines[last.index]!.indent ?? 0;
  const told = chain.every((c) => TOLD_ENTRY.test(c.gluedText ?? c.rest));
  const found: Candidate[] = [];
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.blank || !BULLET_START.test(l.text) || Math.abs((l.indent ?? 0) - indent) > 1) continue;
    const t = l.text.replace(LIST_BULLET, '').trim();
    // `• Orientering fra formand: Kommunen inviterer …`: the title and its record on the bullet's line, one bullet after another.
    const inline = RUN_IN_BULLET.exec(t);
    // A person and what they did (`• Anna Berg: Deltog`) is attendance, not an item.
    const runIn = inline !== null && inline[1]!.split(/\s+/).length <= 20 && blockKind(inline[1]!) === null && groupLabel(inline[1]!) === null && !isFieldLabel(inline[1]!) && !looksLikeName(inline[1]!);
    const toldHere = told && (TOLD_ENTRY.test(t) || (/^[\p{Lu}\d]/u.test(t) && t.split(/\s+/).length >= 6 && /[.!]$/u.test(t))) && !USUAL_TITLE.test(t);
    // (Or back at the entry's depth right after the points set further in under the entry before: `  1. Godkendelse af` /
    // `    1. Dagsorden …` / `  • Forretningsorden`.)
    const p = prevNonBlank(lines, i);
    const backOut = p >= 0 && (lines[p]!.indent ?? 0) > (l.indent ?? 0) + 1;
    if (!opensParagraph(lines, i) && !runIn && !toldHere && !backOut) continue;
    const j = nextNonBlank(lines, i);
    const textUnder = j < lines.length && !LIST_BULLET.test(lines[j]!.text) && !/^\d{1,3}[.)]\s/u.test(lines[j]!.text);
    if (runIn) found.push({ index: i, number: first + found.length, pattern: 'punkt', rest: inline[1]!, gluedText: inline[2]!, score: 0, unnumbered: true });
    // After numbered entries that tell what was done, a bullet telling what was done is the next entry, untitled.
    else if (toldHere) found.push({ index: i, number: first + found.length, pattern: 'punkt', rest: '', gluedText: t, score: 0, unnumbered: true });
    // (A short title may end with a full stop: `• Forretningsorden – godkendelse.` over its text.)
    else if (/^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 14 && (!/[.:;,!?]$/u.test(t) || /^[^:]+:$/u.test(t) || (/\p{L}\.$/u.test(t) && t.split(/\s+/).length <= 8 && !FINITE_VERB.test(t))) && blockKind(t) === null && groupLabel(t) === null && !isFieldLabel(t.replace(/:$/u, '')) && textUnder) {
      // (`• Formandens beretning:` over its text: the colon is no part of the title.)
      found.push({ index: i, number: first + found.length, pattern: 'punkt', rest: withoutEndColon(t), score: 0, unnumbered: true });
    }
  }
  return found;
}

/** A general assembly's usual items (`Valg af dirigent`, `Formandens beretning`, `Regnskab`), not a case's labels (`Orientering:`, `Budget:`). */
const ASSEMBLY_TITLE = /^(?:Valg\s+(?:af|til)|Formandens|Bestyrelsens|Beretning|Regnskab|Kontingent|Indkomne|Eventuelt)\b/iu;

/** `• Valg af dirigent – Bo Dal blev valgt.`, `• Formandens beretning –`: a bullet, a usual item's title, a dash or a colon, and what was done. */
const BULLET_RUN_IN = /^[•·▪◦●○■*]\s+(\p{Lu}[^:.;!?–]{2,60}?)\s*(?:\s[–-]|:)(?:\s+(\S.*))?$/u;

function bulletRunIn(text: string): { title: string; text: string } | null {
  const m = BULLET_RUN_IN.exec(text.trim());
  if (!m) return null;
  const title = m[1]!.trim();
  if (title.split(/\s+/).length > 7 || !USUAL_TITLE.test(title) || blockKind(title) !== null || isFieldLabel(title) || groupLabel(title) !== null) return null;
  return { title, text: (m[2] ?? '').trim() };
}

/** A short title ended by a semicolon, alone or with its record after it (`Infoskærmen;`, `Godkendelse af dagsorden; godkendt.`). */
const SEMICOLON_TITLE = /^\p{Lu}[^;:.!?]{2,59};(?:\s+\S.*)?$/u;

/** A meeting's opening as an item's title: `Velkomst`, `Velkomst ved formanden`, `Åbning af generalforsamlingen`. */
const WELCOME_TITLE = /^(?:Velkomst|Åbning\s+af\s+(?:mødet|generalforsamlingen))\b/iu;

/** A field under a title that the title names (`Valg af dirigent og referent` over `Dirigent: Bo Dal`): what the item elected or set. */
export function namesFieldUnder(title: string, under: string): boolean {
  const field = /^(\p{Lu}\p{Ll}{3,})\s*:\s*\S/u.exec(under.trim());
  if (!field) return false;
  const word = field[1]!.toLocaleLowerCase('da');
  return title.toLocaleLowerCase('da').split(/[^\p{L}]+/u).includes(word);
}

/**
 * Items without numbers: three or more paragraphs opened by a title and a
 * colon, the title no label of the header (`Sted:`, `Til stede:`), of a
 * block (`Beslutning:`) or of the agenda (`Dagsorden:`), with either text
 * under it or the result after the colon (`Godkendelse af dagsorden: godkendt`);
 * failing those, bulleted titles, then short titles ended by a full stop.
 * Numbered in order.
 */
function labelledItems(input: SLine[]): Candidate[] {
  // `Godkendelse af dagsorden; godkendt.` / `Siden sidst;` / …: a semicolon for the colon, where three titles or more have one.
  const semicolons = input.filter((l) => !l.blank && SEMICOLON_TITLE.test(l.text.trim())).length >= MIN_LABELLED;
  const lines = semicolons ? input.map((l) => (!l.blank && SEMICOLON_TITLE.test(l.text.trim()) ? { ...l, text: l.text.replace(';', ':') } : l)) : input;
  const titledBullets = bulletsTitledByColon(lines);
  if (titledBullets.length > 0) return titledBullets;
  const found: { index: number; rest: string; gluedText?: string }[] = [];
  // A copy that lost its blank lines (one in ten lines or fewer): a title alone with its colon (`Beretning:`) opens its part
  // wherever it stands.
  const text = lines.filter((l) => !l.blank).length;
  const dense = text >= 8 && (lines.length - text) * 10 <= lines.length;
  // Three or more lines that each open with a general assembly's usual title and run on after its colon
  // (`Formandens beretning : …` / `Regnskab: Der er overskud.` / `Kontingent: det samme.`): each is an item wherever it stands.
  const assemblyRunIn = (t: string) => ASSEMBLY_TITLE.test(t) && /^[^:]{3,40}?\s*:\s+\S/u.test(t);
  const runIns = lines.filter((l) => !l.blank && assemblyRunIn(l.text.trim())).length >= 3;
  // Bullets that each open with a usual item's title, a dash or a colon and what was done (`• Valg af dirigent – Bo Dal blev
  // valgt.` / `• Valg af stemmetællere – …` / `• Formandens beretning –` over its text): three, or two from the chair's election.
  const bulletRunIns = lines.flatMap((l, i) => (l.blank ? [] : [bulletRunIn(l.text)].flatMap((m) => (m ? [{ index: i, ...m }] : []))));
  // (Only where every bullet of theirs, at their depth, is one: a list of other bullets is read as a list.)
  const bulletMark = (t: string) => /^(\s*[•·▪◦●○■*])\s/u.exec(t)?.[1] ?? null;
  const marks = new Set(bulletRunIns.map((b) => bulletMark(lines[b.index]!.text)));
  const own = new Set(bulletRunIns.map((b) => b.index));
  const others = own.size > 0 && lines.some((l, i) => !l.blank && !own.has(i) && marks.has(bulletMark(l.text)));
  const bulleted = !others && (bulletRunIns.length >= 3 || (bulletRunIns.length === 2 && /^Valg\s+af\s+(?:dirigent|ordstyrer)/iu.test(bulletRunIns[0]!.title)));
  const bulletAt = new Map(bulleted ? bulletRunIns.map((b) => [b.index, b]) : []);
  // `Ang. – flere cykelskure: De fleste finder dem nødvendige.` / `Vedr. hjemmesiden: Bo opdaterer den.` / …: three or more
  // lines that each open with a word for what they concern, a topic and its record after a colon: each topic is an item.
  const concerning = lines.map((l) => (l.blank ? null : CONCERNING_TOPIC.exec(l.text.trim())));
  const concerns = concerning.filter((m) => m !== null).length >= MIN_LABELLED;
  lines.forEach((l, i) => {
    if (l.blank) return;
    const topic = concerns ? concerning[i] : null;
    if (topic) {
      found.push({ index: i, rest: topic[1]!, gluedText: topic[2]! });
      return;
    }
    const b = bulletAt.get(i);
    if (b) {
      found.push(b.text === '' ? { index: i, rest: b.title } : { index: i, rest: b.title, gluedText: b.text });
      return;
    }
    const alone = dense && /^\p{Lu}[^:]{2,59}:\s*$/u.test(l.text.trim());
    // A usual item's title run into its record (`Formandens beretning: Tommy indledte …`) may stand on the line under text.
    // (The first of them too where it elects the chair: `… gå i gang.` / `Valg af dirigent: Bestyrelsen foreslog …`.)
    if (!alone && !opensParagraph(lines, i) && !l.bold && !((found.length > 0 || /^Valg\s+af\s+(?:dirigent|ordstyrer)/iu.test(l.text)) && ASSEMBLY_TITLE.test(l.text) && /^[^:]{3,40}:\s+\p{Lu}/u.test(l.text)) && !(runIns && assemblyRunIn(l.text.trim()))) return;
    // (Among such lines, one in small letters too: `indkomne forslag: Ingen`.)
    const small = runIns && assemblyRunIn(l.text.trim()) ? /^(\p{Ll}[^:]{2,40}?)\s*:\s+(\S.*)$/u.exec(l.text.trim()) : null;
    if (small && small[1]!.split(/\s+/).length <= 5) {
      found.push({ index: i, rest: small[1]!, gluedText: small[2]! });
      return;
    }
    const m = TITLE_COLON.exec(l.text);
    if (!m) {
      // `Valg af revisor – Bo Dal blev genvalgt.`: a usual title, a dash and what was done.
      const dashed = TITLE_DASH.exec(l.text.trim());
      if (dashed && dashed[1]!.split(/\s+/).length <= 7 && USUAL_TITLE.test(dashed[1]!) && blockKind(dashed[1]!) === null && !isFieldLabel(dashed[1]!)) found.push({ index: i, rest: dashed[1]!, gluedText: dashed[2]! });
      return;
    }
    const label = m[1]!.trim();
    // A bullet whose symbol font was lost (`Ø  Skt Hans aften: …`) opens a point, not an item.
    if (/^\S\s/u.test(label)) return;
    // `Økonomi:` is an item of its own here; `Beslutning:` is not.
    const kind = blockKind(label);
    // A presenter after the title (`… regnskab v/kasserer Knud Holm:`) counts no words of it.
    // (Nor a sign-off: `Referent/koordinator: Holm MC`.)
    if (label.replace(/\s+v\/.*$/u, '').replace(/,\s+til\s+\p{L}+$/u, '').split(/\s+/).length > 7 || (kind !== null && kind !== 'economy' && kind !== 'other') || inlineBlock(l.text) !== null || groupLabel(label) !== null || isFieldLabel(label) || AGENDA_INTRO.test(label) || /^Referat$/iu.test(label) || SIGN_OFF.test(l.text.trim())) return;
    // `Meddelelse fra udvalget: .`: a colon and a full stop for nothing said, a title alone.
    const said = m[2] !== undefined && !/^[.\-–…]+$/u.test(m[2].trim()) ? m[2] : undefined;
    // `Meddelelse fra stambogsudvalget :` / `Tre hingste: Pedro og Thor …`: a line run on after its colon right under a title
    // alone with its colon is that title's record.
    const above = found[found.length - 1];
    // (Not a usual item's title, which goes on with the next item: `Beretning:` / `Regnskab: Godkendt.`.)
    if (said !== undefined && above !== undefined && above.index === prevNonBlank(lines, i) && /:\s*$/u.test(lines[above.index]!.text) && !USUAL_TITLE.test(label) && !ASSEMBLY_TITLE.test(label)) return;
    if (said !== undefined) {
      // `Formandens beretning: Tommy indledte …`: a general assembly's usual item's title, its record run on after the colon.
      if (ASSEMBLY_TITLE.test(label) && label.split(/\s+/).length <= 5) found.push({ index: i, rest: label, gluedText: said });
      else {
        const verdict = verdictOnHeading(l.text);
        if (verdict !== null) found.push({ index: i, rest: verdict.title, gluedText: verdict.text });
      }
      return;
    }
    const j = nextNonBlank(lines, i);
    // Over a list of fields (`Konstituering:` / `Formand: Heimo Dal`) it is a field's label; after an item of the same kind, it is the next item and those its record.
    // (Fields its title names are its record: `Valg af dirigent og referent:` / `Dirigent: Bo Dal` / `Referent: Eva Holm`.)
    if (j < lines.length && ((found.length > 0 && USUAL_TITLE.test(label)) || namesFieldUnder(label, lines[j]!.text) || !(TITLE_COLON.test(lines[j]!.text) && !/^\S\s/u.test(lines[j]!.text)))) found.push({ index: i, rest: label });
  });
  // `· Nyt fra formanden:` / `- …` / `Håndbold:` …: titles with a bullet and a colon are the items, the labels under them their parts.
  const bulletTitles = lines.flatMap((l, i) => {
    const m = l.blank ? null : /^[•·▪◦●○■]\s*(\p{Lu}[^:.!?]{2,60}):$/u.exec(l.text.trim());
    return m && groupLabel(m[1]!) === null && !isFieldLabel(m[1]!) && blockKind(m[1]!) === null && nextNonBlank(lines, i) < lines.length ? [{ index: i, rest: m[1]! }] : [];
  });
  // Two or more run on after their colons under the lines before them (`Valg af dirigent: Bestyrelsen foreslog …` /
  // `Bestyrelsens beretning: Bente aflagde …`): every line after the first set the same way is the next item
  // (`Næste års kontingent: Bestyrelsen orienterede …`, `Evt: Intet.`).
  if (found.length >= 2 && found.every((f) => f.gluedText !== undefined)) {
    const first = found[0]!.index;
    lines.forEach((l, i) => {
      if (i <= first || l.blank || found.some((f) => f.index === i)) return;
      const m = /^(\p{Lu}[^:]{1,60}?)\s*:\s+(\p{Lu}.*)$/u.exec(l.text.trim());
      if (!m || m[1]!.split(/\s+/).length > 8 || groupLabel(m[1]!) !== null || isFieldLabel(m[1]!) || blockKind(m[1]!) !== null || FINITE_VERB.test(m[1]!) || SIGN_OFF.test(l.text.trim())) return;
      found.push({ index: i, rest: m[1]!, gluedText: m[2]! });
    });
    found.sort((a, b) => a.index - b.index);
  }
  // Titles with a colon, and among them one ended by a full stop instead (`Varmeforsyning:` … `Kultur.` … `Generalforsamling:`): a one- or two-word paragraph over text.
  if (found.length >= MIN_LABELLED) {
    const first = found[0]!.index;
    const last = found[found.length - 1]!.index;
    const tightTitles = found.every((f) => f.gluedText !== undefined || (f.index + 1 < lines.length && !lines[f.index + 1]!.blank));
    lines.forEach((l, i) => {
      if (i <= first || i >= last || l.blank || !opensParagraph(lines, i) || found.some((f) => f.index === i)) return;
      const t = l.text.trim();
      const j = nextNonBlank(lines, i);
      // Or by no mark at all (`På valg` / text right under it), where the titles with a colon have their text right under them too.
      const bare = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+){0,2}$/u.test(t) && j === i + 1 && tightTitles;
      if (!bare && (!/^\p{Lu}\p{Ll}+(?:\s\p{L}+)?\.$/u.test(t) || (i + 1 < lines.length && !lines[i + 1]!.blank) || j >= lines.length)) return;
      const title = bare ? t : t.slice(0, -1);
      if (blockKind(title) !== null || groupLabel(title) !== null || isFieldLabel(title) || FINITE_VERB.test(t)) return;
      found.push({ index: i, rest: title });
    });
    found.sort((a, b) => a.index - b.index);
  }
  // `Godkendelse af referat fra sidste møde` / `Nyt fra formanden:` / …: the first item, a usual title without its colon (nothing of
  // its own to record), right over the first titled with one.
  if (found.length >= MIN_LABELLED) {
    const p = prevNonBlank(lines, found[0]!.index);
    const t = p >= 0 ? lines[p]!.text.trim() : '';
    // (Or the welcome, where it is a title, not a sentence: `Velkomst ved Bo Dal`, not `Velkomst v/formand Bo Dal.`.)
    const welcome = WELCOME_TITLE.test(t) && !/\.$/u.test(t);
    if (p >= 0 && (USUAL_TITLE.test(t) || welcome) && !/[:;,]$/u.test(t) && t.split(/\s+/).length <= 10 && groupLabel(t) === null && !isFieldLabel(t) && blockKind(t) === null && !/^\S+\s*:/u.test(t)) found.unshift({ index: p, rest: t.replace(/\.$/u, '') });
  }
  // Two will do where both are a usual item's title (`Valg af dirigent:` … `Formandens beretning:`, a copy cut after them).
  // (Or one of them, both alone on their lines with their colons over text: `Siden sidst:` / … / `Medlemmer og økonomi:` / ….)
  const aloneOverText = (f: { index: number; gluedText?: string }) => f.gluedText === undefined && /:\s*$/u.test(lines[f.index]!.text) && nextNonBlank(lines, f.index) < lines.length && !/:\s*$/u.test(lines[nextNonBlank(lines, f.index)]!.text);
  const usualPair = found.length === 2 && (found.every((f) => USUAL_TITLE.test(f.rest)) || (found.some((f) => USUAL_TITLE.test(f.rest)) && found.every(aloneOverText)));
  const overBullets = found.length >= MIN_LABELLED || usualPair || bulletTitles.length >= MIN_LABELLED ? [] : headingsOverBullets(lines);
  let chosen: { index: number; rest: string; gluedText?: string }[] = bulletTitles.length >= MIN_LABELLED ? bulletTitles : found.length >= MIN_LABELLED || usualPair ? found : overBullets.length >= MIN_LABELLED ? overBullets : bulletedItems(lines);
  const enough = (c: unknown[]) => c.length >= MIN_LABELLED || (c === found && usualPair);
  if (!enough(chosen)) chosen = stoppedTitles(lines);
  if (!enough(chosen)) chosen = typedTitles(lines);
  if (!enough(chosen)) return [];
  return chosen.map((f, k) => ({ index: f.index, number: k + 1, pattern: 'punkt', rest: f.rest, score: 0, unnumbered: true, ...(f.gluedText !== undefined ? { gluedText: f.gluedText } : {}) }));
}

/** A bullet's title before a colon or a semicolon, and what follows it on the line. */
const BULLET_TITLE_COLON = /^[•·▪◦●○■*]\s+(\p{Lu}[^:;]{1,60}?)\s*[:;]\s*(.*)$/u;
/** The fewest bullets titled by a colon that make a document's items. */
const MIN_TITLED_BULLETS = 4;

/**
 * ` • Godkendelse af dagsorden: Godkendt` / ` • Referent: Bo Dal` / ` • Meddelelser:` / lines / ` • Byggeudvalg: …`:
 * bullets at one depth, four or more, nearly all a title and a colon (or a semicolon) with the record after it, one of
 * them a usual item's title: every bullet at that depth is an item, titled by what stands before its colon (the lines
 * between are the parts of the bullet above them). Empty where the bullets read otherwise.
 */
function bulletsTitledByColon(lines: SLine[]): Candidate[] {
  const bullets = lines.flatMap((l, i) => (!l.blank && /^\s*[•·▪◦●○■*]\s/u.test(l.text) ? [i] : []));
  if (bullets.length < MIN_TITLED_BULLETS) return [];
  // The outermost depth's bullets only.
  const depth = Math.min(...bullets.map((i) => lines[i]!.indent ?? 0));
  const level = bullets.filter((i) => (lines[i]!.indent ?? 0) <= depth + 1);
  const titled = level.map((i) => BULLET_TITLE_COLON.exec(lines[i]!.text.trim()));
  const count = titled.filter((m) => m !== null && m[1]!.split(/\s+/u).length <= 8).length;
  if (count < MIN_TITLED_BULLETS || count * 4 < level.length * 3 || !titled.some((m) => m !== null && USUAL_TITLE.test(m[1]!))) return [];
  return level.map((index, k) => {
    const m = titled[k];
    const title = m && m[1]!.split(/\s+/u).length <= 8 ? m[1]!.trim() : lines[index]!.text.trim().replace(/^[•·▪◦●○■*]\s+/u, '');
    const text = m ? m[2]!.trim() : '';
    return { index, number: k + 1, pattern: 'punkt' as const, rest: title, score: 0, unnumbered: true, ...(text !== '' ? { gluedText: text } : {}) };
  });
}

/**
 * A table of items read row by row with its columns on lines of their own
 * (`Punkter` / `Formål` / `Referat`, then `Udlejepriser` / `beslutning` /
 * `Rengøring skrives ind i kontrakten.`): a short title over a line that is
 * only a kind of item (`orientering`, `diskussion og beslutning`) starts an
 * item, when three or more do.
 */
function typedTitles(lines: SLine[]): { index: number; rest: string }[] {
  const found: { index: number; rest: string }[] = [];
  lines.forEach((l, i) => {
    if (l.blank) return;
    const t = l.text.trim();
    if (t.length > 80 || /[.:;,]$/.test(t) || itemTypeOf(t) !== null || blockKind(t) !== null || groupLabel(t) !== null) return;
    const j = nextNonBlank(lines, i);
    if (j >= lines.length || itemTypeOf(lines[j]!.text) === null) return;
    found.push({ index: i, rest: t });
  });
  return found;
}


/** The usual business of a general assembly, named by its noun (`Behandling af indkomne forslag`, `Aflæggelse af beretning`). */
const STATUTORY_TITLE = /^(?:(?:\p{Lu}\p{Ll}+(?:else|ning|ing|ering))\s+(?:af|og)\s+.*\b(?:beretning|regnskab|budget|kontingent|forslag|dirigent|referent|revisor\p{Ll}*|suppleant\p{Ll}*|bestyrelsesmedlem\p{Ll}*)\b|Valg\s+af\b|Eventuelt\b)/u;

/**
 * Short titles ended by a full stop, each over the text recorded for it
 * (`Valg af dirigent.` / `Poul Riis blev valgt.` / `Formandens beretning.` / …):
 * the items, when three or more and two of them are usual items' titles.
 */
function stoppedTitles(lines: SLine[]): { index: number; rest: string }[] {
  const found: { index: number; rest: string }[] = [];
  // Not the document's title (`Referat af … 27/9 2020.`), not an address (`Kulturarkaden, Sydhavnsvej 6.`), no name in it (`Valg af dirigent Karsten Kehlet.`).
  // A longer one when it names a general assembly's usual business (`Vedtagelse af kommende års kontingent og fremlæggelse af budget …`); never a name (`Bo Holm.`).
  const titleLike = (t: string) => (/^\p{Lu}[^.:;!?,]{2,50}\.$/u.test(t) && t.split(/\s+/).length <= 6 || (/^\p{Lu}[^.:;!?,]{2,120}\.$/u.test(t) && t.split(/\s+/).length <= 14 && STATUTORY_TITLE.test(t) && !FINITE_VERB.test(t))) && !looksLikeName(t.slice(0, -1)) && outcomeOf(t) === null && findDate(t) === null && !/^(?:Referat|Dagsorden|Protokol)\b/iu.test(t) && !/\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(t) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s/u.test(t);
  const all: { index: number; rest: string; opens: boolean }[] = [];
  // A title with a blank line under it stands as a paragraph of its own (`Valg.` / blank / text), also right under text.
  const alone = (i: number) => i + 1 < lines.length && lines[i + 1]!.blank;
  lines.forEach((l, i) => {
    if (!l.blank && titleLike(l.text) && nextNonBlank(lines, i) < lines.length) all.push({ index: i, rest: l.text, opens: opensParagraph(lines, i) || (alone(i) && l.text.split(/\s+/).length <= 3) });
  });
  // Where the titles open paragraphs, a sentence of that kind inside one (`Sus Beckedorf fremlagde regnskabet.`) is text.
  const paragraphs = all.filter((f) => f.opens).length * 2 >= all.length;
  const kept = all.filter((f) => !paragraphs || f.opens);
  const dropped = new Set<number>();
  for (const [k, f] of kept.entries()) {
    const next = kept[k + 1];
    if (dropped.has(f.index)) continue;
    // A title has its text under it before the next title; a usual business's title right over another (`Behandling af indkomne
    // forslag.` / `Nedsættelse af bladudvalg.`) has the other as the first line of its text.
    if (next !== undefined && nextNonBlank(lines, f.index) === next.index) {
      if (!STATUTORY_TITLE.test(f.rest) || STATUTORY_TITLE.test(next.rest)) continue;
      dropped.add(next.index);
    }
    // The full stop ends the title; it is no part of it (`Valg af dirigent.` is titled `Valg af dirigent`).
    found.push({ index: f.index, rest: ABBREVIATION_END.test(f.rest) ? f.rest : f.rest.replace(/\.$/, '') });
  }
  // Two of them usual items' titles, or all of them short titles each a paragraph of its own (`Vedtægter.` / blank / text).
  const usual = found.filter((f) => USUAL_TITLE.test(f.rest)).length >= 2;
  // (Not sentences: `Kan ikke benyttes.` / `Er aktiveret.` under their titles are what was said.)
  const standing = found.every((f) => alone(f.index) && f.rest.split(/\s+/).length <= 3 && !FINITE_VERB.test(f.rest));
  return found.length >= MIN_LABELLED && (usual || standing) ? found : [];
}

/** The label over an agenda: `Dagsorden`, `DAGSORDEN:`, `Dagsorden for mødet`. */
const AGENDA_LABEL = /^(?:dagsorden|dagsordenen|dagsordenspunkter|punkter på dagsordenen)(?:\s+(?:for|til)\s+mødet)?\s*:?$/iu;
/** A meeting of members or a board, by its word (`generalforsamlingen`, `årsmøde`); `(?<!\p{L})`, as `\b` does not see `å` as a letter. */
const MEETING_NOUN = 'generalforsamling(?:en)?|årsmøde(?:t)?|bestyrelsesmøde(?:t)?|medlemsmøde(?:t)?';
const MEETING_NAMED = new RegExp(`(?<!\\p{L})(?:${MEETING_NOUN})(?!\\p{L})`, 'iu');
/** A sentence telling that a meeting was held (`blev der afholdt generalforsamling`, `holdt generalforsamling`, `den netop afholdte generalforsamling`). */
const MEETING_HELD_TOLD = new RegExp(`(?<!\\p{L})(?:blev\\s+(?:der\\s+)?(?:af)?holdt|(?:af)?holdt|afholdte)\\s+(?:\\p{Ll}+\\s+){0,4}(?:${MEETING_NOUN})(?!\\p{L})`, 'iu');

/** The same in English (`The Annual General Meeting of … held …`, `The meeting was opened by …`): minutes of an association that keeps them in English. */
const MEETING_HELD_TOLD_ENGLISH = /\b(?:annual\s+)?general\s+meeting\b[^.]{0,120}\bheld\b|\bthe\s+meeting\s+was\s+(?:opened|held|called\s+to\s+order)\b/iu;

/** Words that introduce the topics of a meeting (`Emner til mødet er:`, `Punkter til mødet:`). */
const TOPICS_INTRO = /^(?:Emner|Punkter)\s+(?:til|på)\s+(?:mødet|dagsordenen)(?:\s+(?:er|var))?\s*:?$/iu;

/** The agenda told in the present, as a notice tells it (`Mødet har følgende dagsorden:`, `… afholdes den 9. maj med følgende dagsorden:`). */
const AGENDA_PRESENT = '(?:har|får|med)\\s+følgende\\s+dagsorden|dagsorden(?:en)?\\s+er(?=\\s*:)|dagsorden(?:en)?\\s+(?:er|lyder)\\s+(?:som\\s+)?følgende|dagsorden(?:en)?\\s+er\\s+som\\s+følger|dagsorden(?:en)?\\s+skal\\s+(?:\\p{L}+\\s+){0,2}(?:indeholde|omfatte)';
const AGENDA_ANNOUNCED = new RegExp(`\\b(?:${AGENDA_PRESENT})\\b`, 'iu');
/** A notice of a meeting to come, in its first lines (`Indkaldelse til generalforsamling`, `Bestyrelsen indkalder hermed til …`, `De inviteres til …`). */
/** The header's label for approving the agenda or the last minutes, a colon after it: `Godkendelse af dagsorden:`. */
const AGENDA_APPROVAL_LABEL = /^(?:Godkendelse\s+af\s+(?:dagsorden(?:en)?|referat(?:et)?)|Dagsorden(?:en)?|Referat(?:et)?\s+fra\s+sidste\s+møde)\s*:$/iu;

/** A meeting to be held, told in the present (`Generalforsamlingen afholdes …`, `Lørdag afholder Holmby Kor sin generalforsamling`). */
const TO_BE_HELD = /\b(?:afholder|afholdes|holder)\b(?:\s+\S+){0,8}?\s+(?:\p{L}*generalforsamling|\p{L}*møde)(?:en|t)?\b|\b(?:\p{L}*generalforsamling|\p{L}*møde)(?:en|t)?\s+(?:afholdes|holdes)\b|^(?:Agenda|AGENDA)\s+(?:for|ved|til)\s+(?:\p{L}+\s+){0,2}(?:\p{L}*generalforsamling|\p{L}*møde)|^Dear\s+[Mm]ember/iu;

/** A notice of the meeting in the first lines: an invitation to it, or the meeting told as to be held. */
function noticeOfMeeting(lines: SLine[]): boolean {
  return lines.filter((l) => !l.blank).slice(0, 8).some((l) => INVITATION.test(l.text) || TO_BE_HELD.test(l.text));
}

const INVITATION = /\b(?:indkaldelse|indkalde[rs]?|indkaldes|inviteres|inviterer|indbydes|indbyder|invitation)\b(?:\s+\S+){0,12}?\s+(?:til\s+)?(?:\p{L}+\s+){0,3}?(?:\p{L}*generalforsamling|\p{L}*møde|laugsting|\p{L}*ting)\b|\bwill\s+hold\s+its\b/iu;
/** A sentence that tells of the agenda, in the present or the past (`Mødet havde følgende dagsorden:`, `Dagsordenen var følgende:`). */
const AGENDA_TOLD = new RegExp(`\\b(?:${AGENDA_PRESENT}|følgende\\s+dagsorden|dagsorden(?:en)?\\s+var\\s+(?:som\\s+)?følgende)\\b`, 'iu');

/** The agenda's word opening a line that a colon ends (`Dagsorden iflg. vedtægterne, §4, med vedtagne beslutninger:`). */
const AGENDA_SAID = /^(?:dagsorden(?:en)?|program(?:met)?)\s.{2,120}:$/iu;
/** A group of an agenda's entries by access: `Åbent møde:`, `Lukket dagsorden`, `Lukkede punkter:`. */
const ACCESS_GROUP = /^(?:(åben|åbent|åbne)|(lukket|lukkede))\s+(?:møde|dagsorden|punkter|sager|del)\s*:?$/iu;

/**
 * An agenda printed as a bulleted list under its label, perhaps in groups by
 * access (`DAGSORDEN` / `Åbent møde:` / `• Budget` / … / `Lukket møde:` /
 * `• Salg af grund`): each bullet an item, numbered in order, those under
 * the closed group closed. Three entries at least, each a title (no more than
 * 20 words); nothing but group labels between them.
 */
/** A programme's entry by the clock: `12.05 – Valg af ordstyrer`, `Kl. 19.00: Velkomst`, `19.00-19.15 Beretning`. */
const TIMED_ENTRY = /^(?:[Kk]l\.?\s*)?(\d{1,2})[.:](\d{2})(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s*(?:[-–:]\s*)?(\p{Lu}.{2,120})$/u;
const MIN_TIMED = 3;

/**
 * A programme by the clock (`12.00 – Velkomst` / `12.05 – Valg af ordstyrer` / … / `13.55 – Evt.`): each time opens an
 * item, numbered in order, when three or more run in order of the day.
 */
function timedEntries(lines: SLine[]): Candidate[] {
  const found: Candidate[] = [];
  let last = -1;
  for (const [i, l] of lines.entries()) {
    const m = l.blank ? null : TIMED_ENTRY.exec(l.text.trim());
    if (!m) continue;
    const minutes = Number(m[1]) * 60 + Number(m[2]);
    if (Number(m[1]) > 23 || Number(m[2]) > 59) continue;
    if (minutes <= last) {
      // A second programme, or times that are no programme: the first run only.
      if (found.length >= MIN_TIMED) break;
      found.length = 0;
    }
    last = minutes;
    found.push({ index: i, number: found.length + 1, pattern: 'punkt', rest: m[3]!.trim(), score: 0, unnumbered: true });
  }
  return found.length >= MIN_TIMED ? found : [];
}

/**
 * A run numbered from 1 right after the chain (a tight list from 1, in one style and at one depth), with one short
 * paragraph between (a sentence or two, no date, no label, nothing numbered): the same list going on where its entries
 * are a general assembly's usual ones, the last of them `Eventuelt`, none repeating an entry above.
 * Renumbered on from the chain.
 */
function listGoingOnAfterText(lines: SLine[], candidates: Candidate[], chain: Candidate[]): Candidate[] {
  if (chain.length < 2 || chain[0]!.number !== 1 || chain.some((c, k) => c.number !== k + 1 || c.through !== undefined || c.unnumbered || c.untitled)) return [];
  const last = chain[chain.length - 1]!;
  if (/^Evt\.?$|^Eventuelt/iu.test(last.rest)) return [];
  // Lines set in further than the list's entries are their own points or text (`  1. Erna Holm valgt` under ` 1. Valg af dirigent`).
  const own = (l: SLine) => last.indent !== undefined && (l.indent ?? 0) > last.indent;
  // A tight list: its entries on lines next to each other, or with only their own points between.
  if (chain.some((c, k) => k > 0 && c.index - chain[k - 1]!.index > 2 && !lines.slice(chain[k - 1]!.index + 1, c.index).every((l) => l.blank || own(l)))) return [];
  const kin = (c: Candidate) => c.pattern === last.pattern && c.mark === last.mark && Math.abs((c.indent ?? 0) - (last.indent ?? 0)) <= 1 && /^\p{Lu}/u.test(c.rest);
  const after = candidates.filter((c) => c.index > last.index && !own(lines[c.index]!)).sort((a, b) => a.index - b.index);
  if (after.length === 0 || after[0]!.number !== 1 || !kin(after[0]!)) return [];
  const inBetween = lines.slice(last.index + 1, after[0]!.index).filter((l) => !l.blank);
  const between = inBetween.filter((l) => !own(l));
  if (inBetween.length === 0 || between.length > 2 || between.some((l) => findDate(l.text) !== null || /^\s*\d/u.test(l.text) || AGENDA_LABEL.test(l.text.trim()) || /^(?:Referat|Dagsorden|Beslutning)/iu.test(l.text.trim()) || l.text.trim().split(/\s+/).length < 5)) return [];
  const run: Candidate[] = [];
  for (const c of after) {
    if (c.number !== run.length + 1 || !kin(c) || (run.length > 0 && c.index - run[run.length - 1]!.index > 2)) break;
    run.push(c);
  }
  if (run.length === 0 || !run.every((c) => USUAL_TITLE.test(c.rest) || ASSEMBLY_TITLE.test(c.rest))) return [];
  if (!/^(?:Evt\.?|Eventuelt)/iu.test(run[run.length - 1]!.rest)) return [];
  if (run.some((c) => chain.some((o) => sameTitle(o.rest, c.rest)))) return [];
  return run.map((c, k) => ({ ...c, number: chain.length + k + 1 }));
}

/**
 * The document's first bulleted list, with no label over it: a general assembly's agenda where it opens with the
 * election of its chair and half or more of its entries (four at least) are the usual items' titles. Each entry a title.
 */
function usualBulletList(lines: SLine[]): Candidate[] {
  const first = lines.findIndex((l) => !l.blank && LIST_BULLET.test(l.text.trim()));
  if (first < 0) return [];
  const indent = lines[first]!.indent ?? 0;
  const found: Candidate[] = [];
  for (let i = first; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const t = l.text.trim();
    if (!LIST_BULLET.test(t) || (l.indent ?? 0) !== indent) break;
    const rest = t.replace(LIST_BULLET, '').trim();
    // (A bullet in small letters after one that ends in a small word goes on with its title, wrapped: `• Forelæggelse af
    // regnskab og toårige` / `• rammebudget til orientering`.)
    const prev = found.at(-1);
    if (prev && /^\p{Ll}/u.test(rest) && /\b(?:og|samt|for|af|til|i|på|med|om)$|\p{Ll}$/u.test(prev.rest) && !USUAL_TITLE.test(rest)) {
      prev.rest = `${prev.rest} ${rest.replace(/[:]$/u, '')}`;
      continue;
    }
    if (!/^\p{Lu}/u.test(rest) || rest.split(/\s+/).length > 20) return [];
    found.push({ index: i, number: found.length + 1, pattern: 'punkt', rest: rest.replace(/[:]$/u, ''), score: 0, unnumbered: true });
  }
  const usual = found.filter((c) => USUAL_TITLE.test(c.rest) || ASSEMBLY_TITLE.test(c.rest)).length;
  if (found.length < 4 || usual * 2 < found.length || !/^Valg\s+af\s+(?:dirigent|ordstyrer|mødeleder)/iu.test(found[0]!.rest)) return [];
  return found;
}

function bulletAgenda(lines: SLine[]): Candidate[] {
  // `Dagsorden iflg. vedtægterne, med vedtagne beslutninger:`: the agenda's word opening a line that a colon ends introduces it too.
  // So does a sentence that tells of it (`Mødet har følgende dagsorden:`), perhaps wrapped onto a second line.
  const at = lines.findIndex((l) => !l.blank && (AGENDA_LABEL.test(l.text.trim()) || AGENDA_SAID.test(l.text.trim()) || (l.text.length <= 160 && AGENDA_TOLD.test(l.text))));
  if (at < 0) return [];
  const told = !AGENDA_LABEL.test(lines[at]!.text.trim()) && !AGENDA_SAID.test(lines[at]!.text.trim());
  const found: Candidate[] = [];
  let closedGroup = false;
  // Records between the entries where the first bullet has text under it before the second, and the bullets are a title's length.
  const bulletsAfter = lines.slice(at + 1).filter((l) => !l.blank && LIST_BULLET.test(l.text.trim()));
  const firstBullet = lines.findIndex((l, i) => i > at && !l.blank && LIST_BULLET.test(l.text.trim()));
  const afterFirst = firstBullet >= 0 ? nextNonBlank(lines, firstBullet) : lines.length;
  const recordsBetween = bulletsAfter.length >= 3 && afterFirst < lines.length && !LIST_BULLET.test(lines[afterFirst]!.text.trim()) && bulletsAfter.every((l) => l.text.trim().split(/\s+/).length <= 12);
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const t = l.text.trim();
    const group = ACCESS_GROUP.exec(t);
    if (group) {
      closedGroup = group[2] !== undefined;
      continue;
    }
    // `• Valg af dirigent` / `Keld er valgt …` / `• Beretning` / …: text under an entry, a record, where the next bullet goes on at the same depth.
    if (!LIST_BULLET.test(t)) {
      // `Dagsorden / Agenda:` / `Dagsorden for generalforsamlingen indeholder følgende punkter:` / `• Valg af dirigent`: a line introducing the list.
      if (found.length === 0 && i === nextNonBlank(lines, at) && (/:$/u.test(t) || (told && !/:$/u.test(lines[at]!.text.trim()))) && t.length <= 160) continue;
      if (found.length === 0 || !recordsBetween) break;
      continue;
    }
    // (A bullet set in deeper than the entries is a point of the entry over it (`• Valg af bestyrelse:` / `  • To medlemmer …`); the
    // list goes on after its points. One set out further ends the list.)
    if (found.length > 0 && (l.indent ?? 0) > (lines[found[0]!.index]!.indent ?? 0)) continue;
    if (found.length > 0 && (l.indent ?? 0) !== (lines[found[0]!.index]!.indent ?? 0)) break;
    const rest = t.replace(LIST_BULLET, '').trim();
    if (!/^\p{L}/u.test(rest)) return [];
    // `- Valg af valgbestyrelse, som har ansvar for valg af` / `- præsterepræsentant til udvalget.`: an entry wrapped, a dash
    // copied onto each of its lines; the line in small letters goes on with the entry before.
    const before = found[found.length - 1];
    if (before !== undefined && !before.untitled && /^\p{Ll}/u.test(rest) && !/[.:;!?]$/u.test(before.rest)) {
      before.rest = `${before.rest} ${rest}`;
      continue;
    }
    if (closedGroup) lines[i] = { ...l, closedGroup: true };
    // A bullet of more than 20 words is what was done under the entry (`• Bo Dal blev valgt til dirigent, og …`): an item without a title.
    if (rest.split(/\s+/).length > 20) found.push({ index: i, number: found.length + 1, pattern: 'punkt', rest: '', score: 0, untitled: true });
    else found.push({ index: i, number: found.length + 1, pattern: 'punkt', rest, score: 0, unnumbered: true });
  }
  // Among such records, a shorter sentence (`• Årsberetningen blev godkendt.`) is one too; each record is read without its bullet.
  if (found.some((c) => c.untitled)) {
    for (const [k, c] of found.entries()) {
      const rest = c.untitled ? '' : c.rest;
      if (!c.untitled && !(/[.!]$/u.test(rest) && (rest.split(/\s+/).length >= 5 || DONE_WORDING.test(rest) || FINITE_VERB.test(rest)))) continue;
      found[k] = { index: c.index, number: c.number, pattern: 'punkt', rest: '', score: 0, untitled: true };
      lines[c.index] = { ...lines[c.index]!, text: lines[c.index]!.text.replace(/^\s*/u, '').replace(LIST_BULLET, '') };
    }
  }
  return found.length >= 3 ? found : [];
}

/**
 * A general assembly's usual titles, each on a line of its own (a bullet before it or not, a full stop or colon after it, or
 * what was done run on after the full stop: `Valg af dirigent. Bo Dal valgt.`), each with text under it before the next; the
 * first the election of the chair (`Valg af dirigent`, `Valg af referent og dirigent`). Two will do.
 */
function openingItems(lines: SLine[], anyFirst = false): Candidate[] {
  const found: Candidate[] = [];
  for (const [i, l] of lines.entries()) {
    if (l.blank) continue;
    const t = l.text.replace(LIST_BULLET, '').trim();
    let m = /^(\p{Lu}[^.:!?]{2,80}?)(?:[.:]?$|[.:]\s+(\p{Lu}.*)$)/u.exec(t);
    // `Årsberetning og regnskab v. Jens Chr. Olesen`: a presenter after an abbreviation's full stop is part of the line's title.
    if (m && m[2] !== undefined && (/\s(?:v|ved)$/u.test(m[1]!) || ABBREVIATION_END.test(`${m[1]!}.`))) m = /^(\p{Lu}.{2,100}?)[.:]?$/u.exec(t);
    if (!m) continue;
    const title = m[1]!.trim();
    const bare = title.replace(/\s+(?:v\.\s|v\/|ved\s).*$/u, '');
    if (bare.split(/\s+/u).length > 8 || !(USUAL_TITLE.test(bare) || STATUTORY_TITLE.test(bare)) || FINITE_VERB.test(bare) || RECORDED_VERB.test(bare) || outcomeOf(bare) !== null) continue;
    // (Not the title of the document, nor a line of the agenda above: text of its own under it, or run on after it.)
    const j = nextNonBlank(lines, i);
    const under = j < lines.length ? lines[j]!.text.replace(LIST_BULLET, '').trim() : '';
    const titledUnder = /^(\p{Lu}[^.:!?]{2,80}?)[.:]?$/u.exec(under);
    if (m[2] === undefined && (under === '' || (titledUnder !== null && USUAL_TITLE.test(titledUnder[1]!)))) continue;
    if (anyFirst ? m[2] !== undefined : found.length === 0 && !/^Valg\s+af\s+(?:\p{Ll}+\s+og\s+)?(?:dirigent|ordstyrer|mødeleder)\b/iu.test(bare)) continue;
    found.push({ index: i, number: found.length + 1, pattern: 'punkt', rest: title, score: 0, unnumbered: true, ...(m[2] !== undefined ? { gluedText: m[2] } : {}) });
  }
  return found.length >= 2 ? found : [];
}

/**
 * Short lines without a bullet, each right over bullets (`Evaluering af høstfesten` / `• 80 boller, 15 tilbage.` / `• Gik godt.` /
 * `Foredrag med Bo Dal 9/11` / `• Eva bestiller kage.`): the headings are the items, the bullets under each its points. Three or
 * more such headings, and every bullet of the outermost ones under one; a line over the headings alone (`Arrangementer i år`)
 * is none.
 */
function headingsOverBullets(lines: SLine[]): { index: number; rest: string }[] {
  const isBullet = (i: number) => LIST_BULLET.test(lines[i]!.text.trim());
  const heads: { index: number; rest: string }[] = [];
  let bulletsUnder = 0;
  let bullets = 0;
  lines.forEach((l, i) => {
    if (l.blank) return;
    if (isBullet(i)) {
      bullets++;
      return;
    }
    const j = nextNonBlank(lines, i);
    if (j >= lines.length || !isBullet(j)) return;
    const t = l.text.trim();
    if (!/^[\p{Lu}\d]/u.test(t) || t.split(/\s+/u).length > 14 || /[.:;,!?]$/u.test(t) || FINITE_VERB.test(t) || groupLabel(t) !== null || isFieldLabel(t) || blockKind(t) !== null || (looksLikeName(t) && isGivenName(t.split(/\s+/u)[0]!))) return;
    heads.push({ index: i, rest: t });
  });
  if (heads.length < MIN_LABELLED) return [];
  // Every bullet under some heading: counted from each heading to the next non-bullet line.
  for (const h of heads) for (let j = h.index + 1; j < lines.length && (lines[j]!.blank || isBullet(j)); j++) if (!lines[j]!.blank) bulletsUnder++;
  return bulletsUnder * 10 >= bullets * 9 ? heads : [];
}

/** A bullet's title run into its record after a full stop (`Valg af dirigent. Menighedsrådet foreslog …`). */
const DOT_RUN_IN = /^(\p{Lu}[^.:!?]{2,60}?)\.\s+(\p{Lu}.*)$/u;

/** A bullet's title run into its record after a colon, a space before the colon or not (`Økonomi ved Bo : der er 86 medlemmer`). */
const RUN_IN_TITLE = /^(\p{Lu}[^:!?]{1,100}?)\s*:\s+(\S.*)$/u;

/**
 * Bulleted paragraphs that each open with a title (`• Valg af dirigent: Ole
 * Berg er valgt.`, `• Bestyrelsens beretning.` over its text): the items,
 * when two thirds of the bulleted paragraphs read so.
 */
function bulletedItems(lines: SLine[]): { index: number; rest: string; gluedText?: string }[] {
  const found: { index: number; rest: string; gluedText?: string }[] = [];
  const apart: { index: number; rest: string }[] = [];
  const bulleted = lines.flatMap((l, i) => (!l.blank && LIST_BULLET.test(l.text) && !underBullet(lines, i) ? [i] : []));
  const outermost = bulleted.reduce((m, k) => Math.min(m, lines[k]!.indent ?? 0), Infinity);
  // `• Økonomi ved Bo : der er 86 medlemmer …` on the line under the one before: a title run into its record, at the list's outermost level.
  const runInOf = (i: number) => {
    const l = lines[i]!;
    const bare = l.text.replace(LIST_BULLET, '').trim();
    const runIn = (l.indent ?? 0) === outermost ? RUN_IN_TITLE.exec(bare) : null;
    if (runIn !== null && runIn[1]!.split(/\s+/).length <= 12 && !looksLikeName(runIn[1]!.trim()) && groupLabel(runIn[1]!) === null && !isFieldLabel(runIn[1]!) && blockKind(runIn[1]!) === null) return runIn;
    // `• Valg af dirigent. Menighedsrådet foreslog Ib Holm, som blev valgt.`: a short title ended by a full stop, then what was done.
    const dotted = (l.indent ?? 0) === outermost ? DOT_RUN_IN.exec(bare) : null;
    return dotted !== null && dotted[1]!.split(/\s+/).length <= 6 && !ABBREVIATION_END.test(`${dotted[1]!}.`) && !looksLikeName(dotted[1]!) && !FINITE_VERB.test(dotted[1]!) && !RECORDED_VERB.test(dotted[1]!) && outcomeOf(dotted[1]!) === null && groupLabel(dotted[1]!) === null && !isFieldLabel(dotted[1]!) && blockKind(dotted[1]!) === null ? dotted : null;
  };
  const runIns = new Map(bulleted.map((i) => [i, runInOf(i)]));
  // Two or more such bullets make a list of them: every outermost bullet in it is an item, one too long to run in as well.
  // (Titles ended by a full stop: two of them a usual item's title.)
  const colonRunIns = [...runIns.entries()].filter(([i, r]) => r !== null && RUN_IN_TITLE.test(lines[i]!.text.replace(LIST_BULLET, '').trim())).length;
  const dotRunIns = [...runIns.values()].filter((r) => r !== null && USUAL_TITLE.test(r[1]!)).length;
  const runInList = colonRunIns >= 2 || dotRunIns >= 2;
  let bullets = 0;
  for (const i of bulleted) {
    const l = lines[i]!;
    const at = l.indent ?? 0;
    const j = nextNonBlank(lines, i);
    const deeperNext = j < lines.length && (lines[j]!.indent ?? 0) > at;
    // An entry with its text further in on the lines under it (`- Økonomi` / `  Kassen er tom.`).
    const textUnder = deeperNext && j === i + 1 && !LIST_BULLET.test(lines[j]!.text);
    // An outermost `•` entry with points further in under it (`• Valg af formand` / `  1. …`).
    const overPoints = BULLET_START.test(l.text) && at === outermost && deeperNext;
    const runIn = runInList ? runIns.get(i)! : null;
    const runInTitle = runIn !== null;
    const inRunInList = runInList && at === outermost;
    if (!opensParagraph(lines, i) && !textUnder && !overPoints && !inRunInList) continue;
    bullets++;
    const t = l.text.replace(LIST_BULLET, '');
    if (at === outermost && opensParagraph(lines, i)) apart.push({ index: i, rest: t });
    const inline = INLINE_TITLE.exec(t);
    const titled = inRunInList || (inline !== null && inline[1]!.split(/\s+/).length <= 6) || /^\p{Lu}[^.!?:]{1,60}:$/u.test(t) || verdictOnHeading(t) !== null || (t.split(/\s+/).length <= 6 && /^\p{Lu}/u.test(t) && i + 1 < lines.length && !lines[i + 1]!.blank) || (textUnder && /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 20) || (overPoints && /^\p{Lu}[^.!?]*$/u.test(t.trim()) && t.split(/\s+/).length <= 12);
    if (runInTitle) found.push({ index: i, rest: runIn![1]!, gluedText: runIn![2]! });
    else if (titled) found.push({ index: i, rest: t });
  }
  // `1. Godkendelse af referat: Godkendt.` / `• Orientering fra formand: …` / …: a list numbered at its first entry only, its bullets going on.
  if (found.length > 0 && found[0]!.gluedText !== undefined) {
    const p = prevNonBlank(lines, found[0]!.index);
    const first = p >= 0 ? /^\s*1[.)]\s+(.*)$/u.exec(lines[p]!.text) : null;
    const runIn = first ? RUN_IN_TITLE.exec(first[1]!.trim()) : null;
    if (runIn) {
      found.unshift({ index: p, rest: runIn[1]!, gluedText: runIn[2]! });
      bullets++;
    }
  }
  // Every bullet a paragraph of its own, half of them or more titles over text (`• Regnskab:` / `  Kassereren …`), the others
  // what was done in a sentence (`• Dagsordenen blev godkendt.`): each is an item, the sentence its title and record.
  if (found.length >= MIN_LABELLED && found.length * 2 >= bullets && apart.length === bullets) return apart;
  return found.length * 3 >= bullets * 2 ? found : [];
}

const TRAILING_CASE = /\s+(?:[-–]\s+)?(?:(?:[Ss]ags\s*nr\.?|[Ss]agsnr\.?|[Ss]agnr\.?|[Ss]agsnummer|J\.\s*nr\.?|Jnr\.?|Journalnr\.?)\s*:?\s*([\p{Lu}\d][\p{L}\d./\-]*\d[\p{L}\d./\-]*)|Sag\s+nr\.?\s*:?\s*(\d[\d.\-]*[./\-][\d./\-]*\d))\s*$/u;

/**
 * A heading glued to the text before it by a copy that lost the line break
 * (`…til efterretning.Beslutning`, `Bo Vinter (F)Indholdsfortegnelse`) or to
 * what follows it (`Indholdsfortegnelse1. Afbud`, `BeslutningGodkendt.`, `BilagIngen bilag.`): two lines.
 */
const GLUED_HEADING =
  /(?<=[\p{Ll}.)\d])(?<!^\s*\d{1,3}[.)])(?=(?:Indholdsfortegnelse|Beslutning|Beslutninger|Indstilling|Sagsfremstilling|Bilag|Referat)(?:\b|\d|\p{Lu}))|(?<=^Indholdsfortegnelse)(?=\d)|(?<=^(?:Beslutning|Beslutninger|Indstilling|Sagsfremstilling|Bilag|Resumé|Resume|Sagsbeskrivelse|Baggrund))(?=\p{Lu}\p{Ll})|(?<=\d)(?=(?:Til stede|Tilstede|Deltagere|Fremmødte|Afbud|Fraværende)\s*:)/u;

/** The words GLUED_HEADING looks for: a plain search first, as its lookbehinds are slow to try at every position of every line. */
const GLUED_WORD = /Indholdsfortegnelse|Beslutning|Indstilling|Sagsfremstilling|Bilag|Resum|Sagsbeskrivelse|Baggrund|Referat|\d(?:Til\s?stede|Deltagere|Fremmødte|Afbud|Fraværende)/;

/** A case system's front page as a case of its own. */
const FRONT_PAGE = /^(?:Forside|Forsiden|Titelblad)$/iu;

/** A cell of a table row before its title: a time slot, a presenter's first name, the kind of item. */
const ROW_CELL = /^(?:(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}|(?:til\s+)?(?:beslutning|orientering|drøftelse|debat|godkendelse|information|dialog|temadrøftelse|inspiration))$/iu;

/**
 * `1.` / `19.00 – 19.05` / `Peter` / `Beslutning` / `Godkendelse af referat`: a school portal's table of items,
 * flattened a cell to a line. The number alone, then up to three cells (a time slot, the presenter's first
 * name, the kind of item), then the title: the title is put after the number, the cells stay as text.
 */
function liftRowTitles(lines: SLine[]): void {
  const rows: { at: number; title: number; slot: number; name: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.blank || !/^\d{1,3}\.?$/u.test(lines[i]!.text.trim())) continue;
    let j = nextNonBlank(lines, i);
    let cells = 0;
    let slot = -1;
    let name = -1;
    for (; cells < 3 && j < lines.length; cells++, j = nextNonBlank(lines, j)) {
      const t = lines[j]!.text.trim();
      if (/^(?:kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]/u.test(t) && ROW_CELL.test(t)) slot = j;
      else if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t) && isGivenName(t.split('-')[0]!)) name = j;
      else if (!ROW_CELL.test(t)) break;
    }
    const t = j < lines.length ? lines[j]!.text.trim() : '';
    if (cells > 0 && /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 15 && !/^\d/u.test(t)) rows.push({ at: i, title: j, slot, name });
  }
  if (rows.length < 2) return;
  // The time slot and the presenter go with the title as a heading prints them (`Title / Peter (kl. 19.00-19.05)`); the kind stays as text.
  for (const { at, title, slot, name } of rows) {
    const who = name >= 0 ? ` / ${lines[name]!.text.trim()}` : '';
    const when = slot >= 0 ? ` (kl. ${lines[slot]!.text.trim().replace(/^kl\.?\s*/iu, '').replace(/\s*[-–]\s*/u, '-')})` : '';
    lines[at] = { ...lines[at]!, text: `${lines[at]!.text.trim().replace(/\.?$/u, '.')} ${lines[title]!.text.trim()}${who}${when}` };
    for (const k of [title, slot, name]) if (k >= 0) lines[k] = { ...lines[k]!, text: '', blank: true };
  }
}

/**
 * `3. Fra vejudvalget Ad 3) Referatet ligger i drevet.`: a table of entries and their records, each row run
 * together on one line. The row splits at its own `Ad N)`, the record under the heading; a heading `N. …` run into the line before it
 * (`Til stede: Bo – Eva – 1. Siden sidst Ad 1) …`) starts a line of its own.
 */
function splitEntryRecordRows(lines: SLine[]): SLine[] {
  const AD_OWN = /\s[Aa]d\.?\s*(\d{1,3})\s*[.:)]\s*(\S.*)$/u;
  const AD_LINE = /^[Aa]d\.?\s*(\d{1,3})\s*[.:)]\s*(\S.*)$/u;
  const rows = lines.filter((l) => {
    const m = l.blank ? null : AD_OWN.exec(l.text);
    return m !== null && new RegExp(`(?:^|\\s)${m[1]}[.)]\\s+\\p{Lu}`, 'u').test(l.text.slice(0, m.index));
  });
  // The same split already (a long line broken at its numbers): `– 1. Siden sidst` / `Ad 1) Julehilsen …`.
  const HEADING_LINE = /^(?:[–-]\s+)?(\d{1,3})[.)]\s+\p{Lu}/u;
  // The record on the next line, or a blank line down.
  const below = (i: number) => (lines[i + 1]?.blank && lines[i + 2] && !lines[i + 2]!.blank ? i + 2 : i + 1);
  const pairs = lines.flatMap((l, i) => {
    const h = l.blank ? null : HEADING_LINE.exec(l.text);
    const next = lines[below(i)];
    const ad = h && next && !next.blank ? AD_LINE.exec(next.text) : null;
    return ad && ad[1] === h![1] ? [i] : [];
  });
  if (rows.length + pairs.length < 2) return lines;
  const out = [...lines];
  for (const i of pairs) {
    out[i] = { ...out[i]!, text: out[i]!.text.replace(/^[–-]\s+/u, '') };
    out[below(i)] = { ...out[below(i)]!, text: AD_LINE.exec(out[below(i)]!.text)![2]! };
  }
  // A blank line parts each heading from its record: the record is no more of the title.
  const gap = (l: SLine): SLine => ({ ...l, text: '', blank: true });
  const headings = new Set(pairs.map((i) => out[i]!));
  return out.flatMap((l) => {
    if (headings.has(l)) return [l, gap(l)];
    if (!rows.includes(l)) return [l];
    const m = AD_OWN.exec(l.text)!;
    const before = l.text.slice(0, m.index).trim();
    const heading = new RegExp(`(?:^|\\s)(${m[1]}[.)]\\s+\\p{Lu}.*)$`, 'u').exec(before)!;
    const lead = before.slice(0, heading.index).trim().replace(/[\s–-]+$/u, '');
    // The record under its heading, its `Ad N)` dropped: the heading's own text.
    return [...(lead ? [{ ...l, text: lead }] : []), { ...l, text: heading[1]!.trim() }, gap(l), { ...l, text: m[2]! }];
  });
}

/** A dashed entry of a few words opening its line: `- Økonomi`, `- Siden sidst`, `- Kommunikation/Pr:`. */
const DASH_TITLE = /^-\s+\p{Lu}[\p{L}/&]*(?:\s+\p{L}[\p{L}/&]*){0,3}:?$/u;
/** A dashed entry run on after a sentence's end: `… i fællesskab. - Turneringsplanlægning`, `… i luften. - Kommunikation/Pr: Ole …`. */
const DASH_RUN_ON = /(?<=[.!?])\s+-\s+(?=\p{Lu}[\p{L}/&]*(?:\s+\p{L}[\p{L}/&]*){0,3}(?::\s|$))/gu;

/**
 * A list of dashed titles, each over its text (`- Siden sidst` / text / `- Økonomi` / text), copied with some entries run
 * on after the sentence before them (`… i fællesskab. - Turneringsplanlægning`): each such entry gets its own line again.
 * Only where two entries or more stand on lines of their own.
 */
function splitRunOnBullets(lines: SLine[]): SLine[] {
  if (lines.filter((l) => !l.blank && DASH_TITLE.test(l.text.trim())).length < 2) return lines;
  return lines.flatMap((l) => {
    if (l.blank || !DASH_RUN_ON.test(l.text)) return [l];
    DASH_RUN_ON.lastIndex = 0;
    return l.text.split(DASH_RUN_ON).map((t, k) => ({ ...l, text: k === 0 ? t : `- ${t}` }));
  });
}

/** A second level's bullet as Word prints it in a plain font: the letter `o` (`o Ulla finder ud af …`). */
const LETTER_O_BULLET = /^(\s*)o\s+(?=[\p{Lu}\d])/u;
/** A first level's bullet. */
const FIRST_LEVEL_BULLET = /^\s*[•·▪●■]\s+\S/u;

/**
 * `• Valgprogram` / `o Vi har arbejdet videre …` / `o …`: Word's bullets copied as text, the second level's bullet the
 * letter `o`. Where two lines or more have it and the first level's bullets stand among them, those lines are points
 * under the bullet above, set in as a list sets them (`   ◦ Vi har …`).
 */
function letterOBullets<L extends { text: string }>(lines: L[]): L[] {
  if (lines.filter((l) => LETTER_O_BULLET.test(l.text)).length < 2 || !lines.some((l) => FIRST_LEVEL_BULLET.test(l.text))) return lines;
  return lines.map((l) => (LETTER_O_BULLET.test(l.text) ? { ...l, text: l.text.replace(LETTER_O_BULLET, '$1   ◦ ') } : l));
}

/** A list's bullet alone on its line (`-`, `•`), its entry on the next line with text. */
const LONE_BULLET = /^\s*([-–•·▪●])\s*$/u;
/** An entry that a lone bullet stands over: a title and a colon, then what was said (`Valg af referent: Eva Holm`). */
const COLON_ENTRY = /^\s*\p{Lu}[^:]{2,80}:\s+\S/u;
/** Lone bullets at least this many make a list (one dash alone may be a separator, or a block's "nothing"). */
const MIN_LONE_BULLETS = 3;

/**
 * `-` / `Valg af dirigent: Bo Dal blev valgt` / `-` / `Valg af referent: …`: a list copied from a web page or Word whose
 * bullets each fell on a line of their own, over titled entries. Where three or more do, each bullet goes back before its
 * entry (the bullet's line left blank, so that lines keep their numbers). A dash over anything else (`Økonomi` / `-` /
 * `Beslutning …`, a separator before the next meeting's head) stays as it is.
 */
function loneBullets<L extends { text: string }>(lines: L[]): L[] {
  const next = (i: number) => {
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() === '') j++;
    if (j >= lines.length || !COLON_ENTRY.test(lines[j]!.text)) return -1;
    // (Not a block's or a field's label: `Beslutning: Godkendt.` under a dash for no economy.)
    const label = lines[j]!.text.trim().split(':')[0]!.trim();
    return blockKind(label) === null && !isFieldLabel(label) && groupLabel(label) === null ? j : -1;
  };
  const at = new Map<number, string>();
  lines.forEach((l, i) => {
    const m = LONE_BULLET.exec(l.text);
    const j = m ? next(i) : -1;
    if (m && j >= 0) at.set(j, m[1]!);
  });
  if (at.size < MIN_LONE_BULLETS) return lines;
  return lines.map((l, i) => (LONE_BULLET.test(l.text) && next(i) >= 0 ? { ...l, text: '' } : at.has(i) ? { ...l, text: `${at.get(i)!} ${l.text.trim()}` } : l));
}

/** A list's number run on after a sentence and two spaces or more (`… uden bemærkninger.  1. Bo orienterede om …`). */
const NUMBER_RUN_ON = /(?<=[\p{L}\d)][.!?])\s{2,}(?=\d{1,2}[.)]\s+\p{Lu})/gu;

/**
 * A list copied from a web page whose entries ran on after the text before them (`… godkendt.  1. Bo orienterede om …  1. Eva
 * har …`, a restarted list's numbers all `1.`): each such entry gets its own line again. Only where the document has two or more.
 */
function splitRunOnNumbers<L extends { text: string }>(lines: L[]): L[] {
  let runOn = 0;
  for (const l of lines) if (l.text.includes('  ')) runOn += l.text.match(NUMBER_RUN_ON)?.length ?? 0;
  if (runOn < 2) return lines;
  return lines.flatMap((l) => (!l.text.match(NUMBER_RUN_ON) ? [l] : l.text.split(NUMBER_RUN_ON).map((t) => ({ ...l, text: t }))));
}

function splitGlued(lines: SLine[]): SLine[] {
  const glued = (l: SLine) => GLUED_WORD.test(l.text) && GLUED_HEADING.test(l.text);
  if (!lines.some(glued)) return lines;
  return lines.flatMap((l) => {
    if (!glued(l)) return [l];
    const out: SLine[] = [];
    let text = l.text;
    for (let m = GLUED_HEADING.exec(text); m !== null && m.index > 0; m = GLUED_HEADING.exec(text)) {
      out.push({ ...l, text: text.slice(0, m.index).trim() });
      text = text.slice(m.index);
    }
    out.push({ ...l, text });
    return out;
  });
}

/** A row of an agenda table whose cells ran together: `Punkt 15 minGodkendelse …` (item 1, 5 minutes, its title). */
const GLUED_DURATION = /^((?:Punkt|Pkt\.?)\s*)(\d{2,5})\s*min\.?\s*(?=\p{Lu})/u;
/** A time slot run together with the record after it (`18.05 - 18.15Der har været …`). */
const GLUED_SLOT = /^(\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2})(?=\p{Lu})/u;

/** A line that is one cell of a table, closed by a pipe (`Deltagere: |`, `Referat | |`): its text, and the pipes after it. */
const CLOSED_CELL = /^([^|]*?)(?:\s*\|)+\s*$/u;

/**
 * A web page's table copied a cell a line, each closed by a pipe (`Dato: |` / `28-03-2031 17:00 |` / `Deltagere: |` / `Bo Dal,
 * Eva Holm |`): where three lines or more are such cells, the pipes after words go. A line with a pipe between two texts is a
 * row of cells, left to the readers of those.
 */
function closingPipes(lines: SLine[]): SLine[] {
  if (lines.filter((l) => !l.blank && /\S\s*\|\s*$/u.test(l.text) && CLOSED_CELL.test(l.text.trim())).length < MIN_PIPE_ROWS) return lines;
  return lines.map((l) => {
    const m = l.blank ? null : CLOSED_CELL.exec(l.text.trim());
    // (A cell of figures alone, `1 |`, a case's number in a column of its own, is left as it is: no heading's number.)
    return m && /\p{L}/u.test(m[1]!) ? { ...l, text: m[1]!.trim() } : l;
  });
}

/** Rows of a table written with pipes, this many at least, before its cells are read as lines. */
const MIN_PIPE_ROWS = 3;

/**
 * A table written with pipes whose rows broke over several lines (`| 1 –
 * Godkendelse af referat | Godkendt.` / ` | ` / `| 2 – Orientering` / …),
 * so that no table reader takes it: a line opening with a pipe starts a row,
 * every other pipe a cell; each cell goes on a line of its own, and a cell
 * under a column headed by a block's word (`Referat`, `Beslutning`) has that
 * word over it as its block heading. The first row, the columns' headings, is
 * no text. Left alone with fewer than three lines opening with a pipe.
 */
function splitPipeRows(lines: SLine[]): SLine[] {
  if (lines.filter((l) => !l.blank && (l.indent ?? 0) === 0 && /^\|\s/u.test(l.text.trim())).length < MIN_PIPE_ROWS) return lines;
  let header: string[] | null = null;
  let col = 0;
  const out: SLine[] = [];
  for (const l of lines) {
    if (l.blank || !l.text.includes('|')) {
      out.push(l);
      continue;
    }
    // A row's first pipe stands at the line's start; a pipe further in (` | Godkendt.`) opens the next cell.
    const newRow = /^\|/u.test(l.text.trim()) && (l.indent ?? 0) === 0;
    const parts = l.text.trim().split('|');
    if (newRow) {
      parts.shift();
      col = 0;
    }
    const cells: { col: number; text: string }[] = [];
    parts.forEach((p, k) => {
      if (newRow || k > 0) col++;
      cells.push({ col, text: p.trim() });
    });
    if (header === null && newRow) {
      header = cells.map((c) => c.text);
      out.push({ ...l, text: '', blank: true });
      continue;
    }
    for (const [k, c] of cells.entries()) {
      if (c.text === '' || /^[-:\s]+$/u.test(c.text)) continue;
      const heading = header?.[c.col - 1];
      const starts = newRow || k > 0;
      if (starts && c.col > 1 && heading !== undefined && blockKind(heading) !== null) out.push({ ...l, text: heading });
      out.push({ ...l, text: c.text });
    }
  }
  return out;
}

/** A table's row written with pipes and no pipe before its number: `3 - Budget 2031 | Bo fremlagde budgettet. |`. */
const NUMBERED_PIPE_ROW = /^(\d{1,3}\s*[-–.):]\s*[^|]{2,1000}?)\s*\|\s*([^|]*?)\s*\|?\s*$/u;

/**
 * A table of items written with pipes, each row its number and title, a pipe,
 * and what was recorded (`1 - Velkommen | Bo bød velkommen. |`), two rows or
 * more numbered from 1 in turn: the heading on its line, the record on the
 * line under it (none where the cell is empty).
 */
function splitNumberedPipeRows(lines: SLine[]): SLine[] {
  if (!lines.some((l) => l.text.includes('|'))) return lines;
  const rows = lines.map((l) => (l.blank ? null : NUMBERED_PIPE_ROW.exec(l.text.trim())));
  const numbers = rows.flatMap((m) => (m ? [Number(/^\d+/u.exec(m[1]!)![0])] : []));
  if (numbers.length < 2 || numbers[0] !== 1 || numbers.some((n, k) => n !== k + 1)) return lines;
  return lines.flatMap((l, i) => {
    const m = rows[i];
    if (!m) return [l];
    return m[2]! === '' ? [{ ...l, text: m[1]!.trim() }] : [{ ...l, text: m[1]!.trim() }, { ...l, text: m[2]!.trim() }];
  });
}

/**
 * An agenda table's cells run together in a web copy: the item's number and
 * its minutes are one run of digits, split where the number goes on from the
 * item before (`Punkt 210 min…` after item 1 is item 2, 10 minutes: the
 * minutes are left out, as the time slot glued to the record under it is).
 */
function splitRowCells(lines: SLine[]): SLine[] {
  if (!lines.some((l) => GLUED_DURATION.test(l.text) || GLUED_SLOT.test(l.text))) return lines;
  let expected = 1;
  return lines.flatMap((l) => {
    const d = GLUED_DURATION.exec(l.text);
    if (d) {
      const digits = d[2]!;
      const cuts = Array.from({ length: digits.length - 1 }, (_, k) => k + 1);
      const k = cuts.find((n) => Number(digits.slice(0, n)) === expected) ?? cuts.find((n) => Number(digits.slice(n)) >= 5) ?? 1;
      const number = Number(digits.slice(0, k));
      expected = number + 1;
      return [{ ...l, text: `${d[1]}${number} ${l.text.slice(d[0].length)}` }];
    }
    const slot = GLUED_SLOT.exec(l.text);
    if (slot) return [{ ...l, text: l.text.slice(slot[0].length) }];
    // A time slot alone in such a table's row (`19.00 - 19.05`, an item with nothing recorded): no text.
    if (expected > 1 && /^\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}$/u.test(l.text)) return [];
    return [l];
  });
}

/**
 * A block heading set in a column of its own, its text beside it on the same
 * row (`Beslutning⇥Godkendt.`; a tab marks the wide gap, from a PDF's layout
 * or a text file): the heading on a line of its own, then its text.
 */
function splitLabelCells(lines: Line[]): Line[] {
  if (!lines.some((l) => l.text.includes('\t') || l.x !== undefined)) return lines;
  const out: Line[] = [];
  const isLabel = (t: string) => t.length <= 60 && /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 6 && (blockKind(t) !== null || groupLabel(t) !== null);
  /**
   * Where a label goes: above the lines just before it that stand in the value
   * column, when its cell goes on below it in that column too (a label centred
   * against its cell); else where it is.
   */
  const labelAt = (l: Line, i: number): number => {
    let n = i + 1;
    while (n < lines.length && lines[n]!.text.trim() === '') n++;
    const next = lines[n];
    const column = next?.x;
    if (l.x === undefined || column === undefined || next!.page !== l.page || column <= l.x + 20) return out.length;
    let at = out.length;
    while (at > 0 && out[at - 1]!.text !== '' && out[at - 1]!.page === l.page && Math.abs((out[at - 1]!.x ?? -Infinity) - column) < 3 && !out[at - 1]!.text.includes('\t')) at--;
    return at;
  };
  for (const [i, l] of lines.entries()) {
    const tab = l.text.indexOf('\t');
    if (tab > 0) {
      const label = l.text.slice(0, tab).trim();
      const rest = l.text.slice(tab + 1).trim();
      if (rest !== '' && isLabel(label)) {
        out.splice(labelAt(l, i), 0, { ...l, text: label });
        out.push({ ...l, text: rest });
        continue;
      }
    } else if (tab < 0 && l.x !== undefined && isLabel(l.text.trim())) {
      // A label alone on its row, between names of its cell (`Bent Lind` / `Fraværende:` / `Erik Vang`).
      out.splice(labelAt(l, i), 0, l);
      continue;
    }
    out.push(l);
  }
  return out;
}

/**
 * An item numbered out of sequence (`7. Tillægssag` between 1 and 2, added
 * after the agenda was sent) is still an item: a heading the chain left out,
 * between two of its items, as strong as they are, in their pattern, with a
 * block heading on the next line. Reported.
 */
function withOutOfOrder(lines: SLine[], cands: Candidate[], chain: Candidate[], diags: DiagnosticList): Candidate[] {
  if (chain.length < 2) return chain;
  const inChain = new Set(chain);
  const numbers = new Set(chain.map((c) => c.number));
  const weakest = Math.min(...chain.map((c) => c.score));
  const extra = cands.filter((c) => {
    if (inChain.has(c) || numbers.has(c.number) || c.score < weakest) return false;
    const k = chain.findIndex((x) => x.index > c.index);
    if (k <= 0) return false;
    if (chain[k - 1]!.pattern !== c.pattern || chain[k]!.pattern !== c.pattern) return false;
    const j = nextNonBlank(lines, c.index);
    return j < lines.length && isBlockHeadingLine(lines[j]!.text);
  });
  for (const c of extra) diags.warn('numbering-out-of-order', `Item ${c.number} stands out of sequence in the numbering; taken as an item where it is printed`, place(lines[c.index]));
  return extra.length === 0 ? chain : [...chain, ...extra].sort((a, b) => a.index - b.index);
}

/**
 * Numbered headings that all stand under one heading of another chain (`D) Aktiviteter` / `1) Arbejdsdag` / `2) Sommerfest` /
 * `E) Forslag`): that chain, three or more from its first, lettered or in roman numerals as printed, is the items, and the numbers its points.
 */
/** A heading marked by a letter or a roman numeral (`D) Aktiviteter`, `IV. Regnskab`), or a record by its letter (`ad b)`, `Ad. c`). */
const OTHER_MARK_HEAD = /^\s*(?:(?:[Aa]d\.?\s*)?(?:[A-Za-zÆØÅæøå]|[IVXivx]+)\s*[.):]|[Aa]d\.?\s*[A-Za-z](?:\s|$))/u;

function pointsUnderOne(numbered: Candidate[], other: Candidate[], lines: SLine[]): boolean {
  // Records by letter (`ad a)` / … / `ad b)` / `1. …` / `2. …`), two will do, and their points may stand under the last of them.
  const records = other.length >= 2 && other.every((o) => AD_LETTER_RECORD.test(lines[o.index]!.text));
  if ((other.length < 3 && !records) || other[0]!.number !== 1 || !other.every((c, k) => c.number === k + 1)) return false;
  if (other.some((o) => numbered.some((n) => n.index === o.index)) || !other.every((o) => OTHER_MARK_HEAD.test(lines[o.index]!.text))) return false;
  const span = (i: number) => other.filter((o) => o.index < i).length;
  const first = span(numbered[0]!.index);
  // (Between two of them, not after the last: numbers after a list of letters are the items, the letters their points.)
  return first > 0 && (first < other.length || records) && numbered.every((n) => span(n.index) === first);
}

/** A record headed by its entry's letter: `Ad a)`, `ad. b`, `Ad c:`. */
const AD_LETTER_RECORD = /^\s*[Aa]d\.?\s*[A-Za-z](?:[.):]|\s|$)/u;

/**
 * An agenda taken for the items, with the minutes after it numbered from 1
 * again, each entry's title running into what was recorded (`1. Valg af
 * dirigent` … `7. Eventuelt` / `1. Valg af dirigent Formand Ole Berg bød
 * velkommen …`): the second run is the items, titled as the agenda titles
 * them, and the agenda stays the agenda (its entries no item records are
 * items all the same).
 */
function minutesAfterAgenda(lines: SLine[], cands: Candidate[], chain: Candidate[]): Candidate[] {
  // `Dagsorden: 1. Valg af dirigent` / `2. Beretning` / …: the first entry on the label's line, no heading of its own; read with it.
  const at = chain.length >= 3 && chain[0]!.number === 2 ? prevNonBlank(lines, chain[0]!.index) : -1;
  const onLabel = at >= 0 ? LIST_ENTRY_NUMBER.exec(lines[at]!.text) : null;
  if (onLabel && onLabel[1]!.trim() !== '' && onLabel[2] === '1') {
    const lead: Candidate = { index: at, number: 1, pattern: chain[0]!.pattern, mark: chain[0]!.mark, rest: lines[at]!.text.slice(onLabel[0].length).trim(), score: 0 };
    const found = recordsAfterAgenda(lines, cands, [lead, ...chain]);
    return found[0] === lead ? chain : found;
  }
  return recordsAfterAgenda(lines, cands, chain);
}

function recordsAfterAgenda(lines: SLine[], cands: Candidate[], chain: Candidate[]): Candidate[] {
  // An agenda numbered from 0 (`0. Godkendelse af dagsorden`) too: its records start at 1.
  if (chain.length < 3 || chain[0]!.number > 1) return chain;
  const last = chain[chain.length - 1]!;
  const byNumber = new Map(chain.map((c) => [c.number, c]));
  let run: Candidate[] = [];
  for (const c of cands) if (c.index > last.index && c.number === run.length + 1) run.push(c);
  // `Ad. 2` / … / `Ad. 6` under the agenda, the first entry (`1. Velkomst`) recorded by nothing: the records referred to by number
  // may start at the second.
  if (run.length < 2) {
    const from2: Candidate[] = [];
    for (const c of cands) if (c.index > last.index && c.number === from2.length + 2) from2.push(c);
    if (from2.length >= 2 && from2.every((c) => c.pattern === 'punkt' && c.pattern !== chain[0]!.pattern && RECORD_BY_NUMBER.test(lines[c.index]!.text))) run = from2;
  }
  // A copy cut short after the first section (`1. Orientering` … `10. Eventuelt` / `1. Orientering` / its text): one section
  // that repeats the first entry of a tight list is the records' start all the same.
  const tight = chain.every((c, k) => k === 0 || c.index - chain[k - 1]!.index <= 2);
  // Not where the second entry's title comes back later, unnumbered (`• Ydermur`): the sections go on in another style.
  const cutShort = run.length === 1 && tight && plainTitle(run[0]!.rest) === plainTitle(chain[0]!.rest) && !lines.slice(run[0]!.index + 1).some((l) => !l.blank && sameEntry(l.text.replace(LIST_BULLET, '').trim(), chain[1]!.rest));
  if (run.length < 2 && !cutShort) return recordsPastGaps(lines, cands, chain) ?? chain;
  const glued = run.map((c) => {
    const title = byNumber.get(c.number)?.rest ?? '';
    const t = plainTitle(title);
    const r = c.rest.replace(/\s+/g, ' ');
    // (A record headed by the start of its entry's title will do: `Punkt 2. Bestyrelsens beretning.` under `2. Bestyrelsens beretning for …`.)
    if (t.length >= 4 && plainTitle(r).length < t.length && sameEntry(r, title)) return c;
    if (t.length < 4 || !r.toLocaleLowerCase('da').startsWith(t) || !/^(?:[\s.:;,–-]|$)/u.test(r.slice(t.length))) return null;
    const text = r.slice(t.length).replace(/^[\s.:;,–-]+/u, '');
    return text === '' ? c : { ...c, rest: r.slice(0, t.length), gluedText: text };
  });
  if (glued.every((c) => c !== null)) return glued as Candidate[];
  // `1. Valg af stemmetællere` … then `1. Stemmetællere: Bo og Eva` / `2. Dirigent: Eva. …`: the records in short titles of their own,
  // each a part of its entry's title, a colon, and what came of it; two thirds of them or more, three at least.
  const short = run.map((c) => {
    const m = SHORT_RECORD.exec(c.rest.replace(/\s+/g, ' '));
    const entry = plainTitle(byNumber.get(c.number)?.rest ?? '');
    return m && entry.includes(plainTitle(m[1]!)) ? { ...c, rest: m[1]!, gluedText: m[2]! } : null;
  });
  const shortRecords = short.filter((c) => c !== null);
  if (run.length >= 3 && shortRecords.length * 3 >= run.length * 2) return run.map((c, k) => short[k] ?? c);
  // `1. Valg af dirigent` … `9. Eventuelt`, then `Pkt 1: Bo Holm valgt til dirigent` / `Pkt 2: Godkendt`: the minutes refer to the
  // agenda's entries by number, each saying what came of it; those are the items (titled from the agenda), and the entries left are listed only.
  const byRef = run.every((c) => c.pattern === 'punkt' && c.pattern !== chain[0]!.pattern && RECORD_BY_NUMBER.test(lines[c.index]!.text));
  // `1: Referatet blev godkendt.` / `2: Formanden berettede om …`: sentences of what was done, most of them, under the agenda's numbers.
  const sentences = run.filter((c) => /[.!]$/u.test(c.rest.trim()) && c.rest.split(/\s+/).length >= 3 && AD_RECORD_VERB.test(c.rest) && !sameEntry(c.rest, byNumber.get(c.number)?.rest ?? '')).length;
  // Two will do when both are sentences and a `Referat:` line stands between the agenda and them.
  const labelled = lines.slice(last.index + 1, run[0]!.index).some((l) => !l.blank && /^(?:Referat|Beslutningsreferat)\b/iu.test(l.text.trim()));
  // Or who came recorded between the agenda and them (`Til stede: …` / `1. Oplæg ved Bo Dal.` / `2. Dirigent: Eva`): the minutes
  // begin there, three records or more.
  // (Or under that label, three or more records from 1, each sharing a word with its entry though worded otherwise:
  // `Referat` / `1. Valg af dirigent of referent.` / `2. Beretning v. formanden …` under `1. Valg af dirigent og referent` / …)
  // `1. Valg af dirigent og stemmetællere` / text / `2. Beretning ved formanden, Bo Dal` / text, and the copy ends there: records
  // from the first entry on, the first repeating its title, the others sharing a word with theirs, each over text of its own.
  const endsThere = run.length >= 2 && !cands.some((c) => c.index > run[run.length - 1]!.index);
  const overText = (c: Candidate, k: number) => lines.slice(c.index + 1, k + 1 < run.length ? run[k + 1]!.index : lines.length).some((l) => !l.blank);
  // (Where the agenda is read whole beside them: its entries no record follows stay items.)
  if (endsThere && sameEntry(run[0]!.rest, byNumber.get(1)?.rest ?? '') && run.slice(1).every((c) => sharesWord(c.rest, byNumber.get(c.number)?.rest ?? '')) && run.every(overText) && agendaEntries(lines, cands, run).length >= chain.length) return run;
  if (labelled && run.length >= 3 && run.every((c) => sharesWord(c.rest, byNumber.get(c.number)?.rest ?? '') && !sameEntry(c.rest, byNumber.get(c.number)?.rest ?? ''))) return run;
  const attendanceBetween = lines.slice(last.index + 1, run[0]!.index).some((l) => !l.blank && ATTENDANCE_LABEL.test(l.text));
  if (attendanceBetween && run.length >= 3 && run.every((c) => !sameEntry(c.rest, byNumber.get(c.number)?.rest ?? ''))) return run;
  // Or right under the agenda's last entry, the numbers from 1 again, a third of them or more told (`14. Evt.` / `1. Bo Dal blev valgt
  // til dirigent.` / `2. Dagsordenen blev godkendt (pkt. 12 og 13)` / `3. Bestyrelsens beretning v. formanden.` / …): the minutes.
  // (A sentence of what will be done tells too: `1. Der vil blive søgt en revisor …`; not a question.)
  const told = run.filter((c) => c.rest.split(/\s+/u).length >= 4 && (AD_RECORD_VERB.test(c.rest) || (TOLD_ENTRY.test(c.rest) && !/\?\s*$/u.test(c.rest))) && !sameEntry(c.rest, byNumber.get(c.number)?.rest ?? '')).length;
  const rightUnder = nextNonBlank(lines, last.index) === run[0]!.index;
  if (rightUnder && run.length >= 3 && run.length < chain.length && told >= 2 && told * 3 >= run.length) return run;
  // (Under such a line, half of them will do: `Referat af generalforsamlingen …` / `1. Bo blev valgt som dirigent.` / `4. Indkomne forslag:` / ….)
  if (byRef || (run.length >= 3 && sentences * 3 >= run.length * 2) || (run.length >= 3 && labelled && sentences * 2 >= run.length) || (run.length === 2 && sentences === 2 && labelled)) return run;
  return recordsPastGaps(lines, cands, chain) ?? chain;
}

/**
 * `1. Protokol.` … `13. Evt.` / `1. Protokol oplæst og underskrevet.` / `2. Næstformand: Bo Dal.` / `4. Gik godt …`: after the
 * agenda, its numbers again in order, each over what was recorded in words of its own, some numbers missing (a record that opens
 * with a figure, `3. 42.000 kr. på kontoen`, reads as no heading). Two thirds of the agenda's entries or more, three at least, one
 * number missing at a step at most, none past the agenda's last but two; a third of them or more (two at least) tell what was done
 * or share a word with their entry, and fewer than half repeat its title.
 */
function recordsPastGaps(lines: SLine[], cands: Candidate[], chain: Candidate[]): Candidate[] | null {
  const last = chain[chain.length - 1]!;
  const byNumber = new Map(chain.map((c) => [c.number, c]));
  const run: Candidate[] = [];
  for (const c of cands) {
    if (c.index <= last.index) continue;
    const prev = run[run.length - 1];
    if (prev === undefined ? c.number === 1 : c.pattern === prev.pattern && c.number > prev.number && c.number <= prev.number + 2) run.push(c);
  }
  if (run.length < 3 || run.length * 3 < chain.length * 2 || run[run.length - 1]!.number > last.number + 2) return null;
  const entry = (c: Candidate) => byNumber.get(c.number)?.rest ?? '';
  const same = run.filter((c) => sameEntry(c.rest, entry(c))).length;
  const related = run.filter((c) => !sameEntry(c.rest, entry(c)) && (sharesWord(c.rest, entry(c)) || AD_RECORD_VERB.test(c.rest) || outcomeOf(c.rest) !== null)).length;
  if (same * 2 >= run.length || related < 2 || related * 3 < run.length) return null;
  // The missing number's line, in the records' style, between its neighbours (or after the last, up to the agenda's last entry):
  // its record too, whatever it opens with.
  const out: Candidate[] = [];
  const lost = (from: number, to: number, n: number, like: Candidate): void => {
    const mark = like.mark !== undefined ? like.mark.replace(/[.)\]]/gu, '\\$&') : '';
    const re = new RegExp(`^\\s*${n}${mark}\\s+(\\S.*)$`, 'u');
    for (let i = from; i < to; i++) {
      const m = lines[i]!.blank ? null : re.exec(lines[i]!.text);
      if (m) {
        out.push({ index: i, number: n, pattern: like.pattern, mark: like.mark, indent: lines[i]!.indent, rest: m[1]!.trim(), score: 0 });
        return;
      }
    }
  };
  run.forEach((c, k) => {
    if (k > 0 && c.number === run[k - 1]!.number + 2) lost(run[k - 1]!.index + 1, c.index, c.number - 1, run[k - 1]!);
    out.push(c);
  });
  const end = run[run.length - 1]!;
  if (end.number < last.number) lost(end.index + 1, lines.length, end.number + 1, end);
  return out.map((c) => ({ ...c, agendaRecord: true }));
}

/**
 * The records after the chain's last that go on past a number left out: in the chain's style, each at most three numbers on from
 * the one before and repeating the title of its entry in the agenda (the document's first tight list, before the chain).
 */
function recordsPastMissing(cands: Candidate[], chain: Candidate[]): Candidate[] {
  if (chain.length < 2 || chain.some((c) => c.unnumbered || c.untitled)) return [];
  const agenda = tightLists(cands).find((l) => l[l.length - 1]!.index < chain[0]!.index && l.length >= 3);
  if (!agenda) return [];
  const entry = (n: number) => agenda.find((e) => e.number === n)?.rest ?? '';
  // The chain itself repeats the agenda's titles.
  if (!chain.every((c) => sameEntry(c.rest, entry(c.number)))) return [];
  const out: Candidate[] = [];
  let last = chain[chain.length - 1]!;
  for (const c of cands) {
    if (c.index <= last.index) continue;
    if (c.pattern === last.pattern && c.mark === last.mark && c.number > last.number && c.number <= last.number + 3 && sameEntry(c.rest, entry(c.number))) {
      out.push(c);
      last = c;
    }
  }
  // (Only where a number was left out: a chain that stopped for another reason is left as it is.)
  return out.length > 0 && out[0]!.number > chain[chain.length - 1]!.number + 1 ? out : [];
}

/** An entry of a list that is its own record: a sentence of five words or more that tells what was done (`Kassereren aflagde regnskab.`). */
function ownRecord(rest: string): boolean {
  return rest.split(/\s+/).length >= 5 && /^\p{Lu}/u.test(rest) && (AD_RECORD_VERB.test(rest) || outcomeOf(rest) !== null);
}

/**
 * A chair's name read from a sentence may run on past it: into a verb or a pronoun (`Ulrich foreslås`, `Puk Holm Vi …`), or
 * past a comma (`Hans L. Andersen, HLA X X`). The name is what stands before (after a verb of proposing, what follows it);
 * a name's small particles (`de`, `van`) stay.
 */
export function tidyChair(name: string | null): string | null {
  if (name === null || name.startsWith('(')) return name;
  const words = name.split(',')[0]!.trim().split(/\s+/u);
  const cut = words.findIndex((w, k) => k > 0 && ((/^\p{Ll}/u.test(w) && !/^(?:de|van|von|af|la|du)$/u.test(w)) || NOT_A_PERSON.test(w)));
  // (`Dan foreslog Peter`: the one proposed is the chair.)
  if (cut > 0 && /^(?:foreslog|foreslår|indstillede|indstiller)$/u.test(words[cut]!) && /^\p{Lu}/u.test(words[cut + 1] ?? '')) return tidyChair(words.slice(cut + 1).join(' '));
  // (`Bo Dal- og Eva Holm …`: a stray dash after the name is no part of it.)
  const kept = (cut < 0 ? words : words.slice(0, cut)).join(' ').replace(/(?<=\p{Ll})-$/u, '');
  return kept === '' ? null : kept;
}

/** The space where one sentence ends and the next begins: after a full stop, `!` or `?` after a word, before a capital. */
const SENTENCE_GAP = /(?<=\p{L}{2}[.!?])\s+(?=\p{Lu})/gu;

/** The first sentence of a text: to the first full stop (not an abbreviation's) before a capital, or all of it. */
function firstSentence(text: string): string {
  for (const m of text.matchAll(SENTENCE_GAP)) {
    const head = text.slice(0, m.index!);
    if (head.length >= 10 && !ABBREVIATION_END.test(head)) return head;
  }
  return text;
}

/** Words too common in minutes to tie a paragraph to an agenda entry. */
const COMMON_WORDS = new Set(['generalforsamling', 'generalforsamlingen', 'bestyrelse', 'bestyrelsen', 'bestyrelsens', 'medlemmer', 'medlemmerne', 'formanden', 'formand', 'mødet', 'møde', 'punkt', 'punktet', 'godkendelse', 'godkendt', 'eventuelt', 'orientering', 'herunder', 'foreningen', 'foreningens']);

/** A text's words as stems for matching: their first six letters, lower case; no short or common words. */
function stemsOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.split(/[^\p{L}]+/u)) {
    const w = word.toLocaleLowerCase('da');
    if (w.length >= 5 && !COMMON_WORDS.has(w)) out.add(w.slice(0, 6));
  }
  return out;
}

/** The fewest words of a paragraph that may start an entry's record in prose (`Til dirigent vælges Bo.`). */
const PROSE_WORDS = 4;

/**
 * An agenda list, then what was done in paragraphs of prose with no headings
 * (`1.) Valg af dirigent.` … `3.) Eventuelt` / `Der var mødt 42.` / `Dirigent
 * Bo Dal blev valgt, …` / `Ib Lund fremlagde projektet …`): each paragraph
 * that shares a word with a later entry's title than the last one matched
 * starts that entry's record, and so does a sentence inside a paragraph that
 * names the next entry (see below); paragraphs between go with the record
 * before. Entries nothing names stay items listed only. Needs two matches.
 */
function proseRecords(lines: SLine[], chain: Candidate[]): Candidate[] {
  if (chain.length < 2 || chain.some((c) => c.gluedText !== undefined)) return chain;
  // The entries stand bare, one under another (a blank line between at most), with nothing under any but the last.
  if (chain.some((c, k) => k > 0 && c.index - chain[k - 1]!.index > 2)) return chain;
  // Each a title alone: no sentence run on after it; a few words, but for one in four at most (`Valg af 3 bestyrelsesmedlemmer og 2
  // suppleanter. 2 på valg i lige år …`, a title with its rule).
  if (chain.some((c) => /[.!?]\s+\p{Lu}/u.test(c.rest)) || chain.filter((c) => c.rest.split(/\s+/).length > 12).length * 4 > chain.length) return chain;
  const last = chain[chain.length - 1]!;
  const paragraphs = lines.flatMap((l, i) => (i > last.index && !l.blank && (i === 0 || lines[i - 1]!.blank) && l.text.split(/\s+/).length >= PROSE_WORDS ? [i] : []));
  if (paragraphs.length < 2) return chain;
  const stems = chain.map((c) => stemsOf(c.rest));
  // (A paragraph may tell several entries in turn, a sentence each: `Bo blev valgt som dirigent. Formanden aflagde beretning …
  // Kassereren fremlagde regnskabet …`; each sentence that names a later entry starts that entry's record.)
  // (Inside a paragraph, only the next entry, named among the sentence's first six words by a word its title does not share
  // with the entry before: `Kasserer Bo fremlagde regnskabet` starts `Kassererens beretning` after `Formandens beretning`;
  // `Forslaget blev vedtaget` goes on under `Forandringer, forslag fra medlemmerne` before `Aktiviteter, forslag …`.)
  const found: { k: number; line: number; at: number }[] = [];
  let from = 0;
  for (const i of paragraphs) {
    const text = lines[i]!.text;
    for (const at of sentenceStarts(text)) {
      const sentence = firstSentence(text.slice(at));
      if (at > 0) {
        const lead = stemsOf(sentence.split(/\s+/u).slice(0, 6).join(' '));
        const current = found.length > 0 ? stems[found[found.length - 1]!.k]! : new Set<string>();
        if (from >= stems.length || ![...lead].some((w) => stems[from]!.has(w) && !current.has(w))) continue;
        found.push({ k: from, line: i, at });
        from++;
        continue;
      }
      const words = [...stemsOf(sentence)];
      const k = stems.findIndex((set, n) => n >= from && words.some((w) => set.has(w)));
      if (k < 0) continue;
      found.push({ k, line: i, at });
      from = k + 1;
    }
  }
  const anchors = found.map((f, n) => {
    const next = found[n + 1];
    const text = lines[f.line]!.text.slice(f.at, next !== undefined && next.line === f.line ? next.at : undefined).trim();
    return { ...chain[f.k]!, index: f.line, gluedText: text };
  });
  return anchors.length >= 2 ? anchors : chain;
}

/** Where a text's sentences start: 0, and after each full stop (not an abbreviation's) before a capital. */
function sentenceStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(SENTENCE_GAP)) {
    if (!ABBREVIATION_END.test(text.slice(0, m.index!))) out.push(m.index! + m[0].length);
  }
  return out;
}

/** `Title – what was said`: a short title, a dash between spaces, and the rest of the line. */
const DASHED_HEADING = /^(\p{Lu}[^–]{1,60}?)\s+[–-]\s+(\S.*)$/u;

/**
 * A house style of `N. Title – what was said` on one line (`2. Vinduer –
 * vi venter på et tilbud.`): where two thirds of the headings or more, three
 * at least, are a short title, a dash and the rest, and half of those rests
 * or more run to a sentence, every heading so shaped is split there, the
 * rest its record, also where the rest starts in small letters.
 */
function dashedRecords(chain: Candidate[]): Candidate[] {
  const split = chain.map((c) => {
    const m = c.gluedText === undefined && !c.unnumbered ? DASHED_HEADING.exec(c.rest) : null;
    return m && m[1]!.split(/\s+/).length <= 6 ? { title: m[1]!, text: m[2]! } : null;
  });
  const shaped = split.filter((x) => x !== null);
  const long = shaped.filter((x) => x.text.split(/\s+/).length >= 6).length;
  if (shaped.length < 3 || shaped.length * 3 < chain.length * 2 || long * 2 < shaped.length) return chain;
  return chain.map((c, k) => (split[k] ? { ...c, rest: split[k]!.title, gluedText: split[k]!.text } : c));
}

/** `Stemmetællere: Bo og Eva`: a record's short title of its own, a colon, and what came of it. */
const SHORT_RECORD = /^(\p{Lu}[^:]{2,40}):\s+(\S.*)$/u;

/**
 * An agenda list, then the minutes as bullets, one for each entry in order
 * (`1. Valg af dirigent` … `9. Eventuelt` / `Referat:` / `• Erik blev valgt
 * til dirigent.` / `• Beretning ved Philip.` / …): each bullet is its
 * entry's record, the entry's title its title. Needs three bullets or more
 * at the outermost depth, no more than the entries, half of them sharing a
 * word with their entry's title; empty otherwise.
 */
function bulletRecords(lines: SLine[], list: Candidate[]): Candidate[] {
  const after = list[list.length - 1]!.index;
  const bullets = lines.flatMap((l, i) => (i > after && !l.blank && LIST_BULLET.test(l.text.trim()) ? [i] : []));
  if (bullets.length === 0) return [];
  const outermost = Math.min(...bullets.map((i) => lines[i]!.indent ?? 0));
  const top = bullets.filter((i) => (lines[i]!.indent ?? 0) === outermost);
  if (top.length > list.length || top.length < MIN_TIGHT_LIST) return [];
  // Half of them or more share a word with their entry's title; fewer bullets than entries is a copy cut short.
  const agree = top.filter((index, k) => {
    const entry = stemsOf(list[k]!.rest);
    return [...stemsOf(lines[index]!.text)].some((w) => entry.has(w));
  }).length;
  // Bullets that repeat their entries' titles are headings over text (`• Havedag` / `Holdes 14. maj.`), not records.
  const repeated = top.filter((index, k) => sameEntry(lines[index]!.text.trim().replace(LIST_BULLET, ''), list[k]!.rest)).length;
  if (agree * 2 < top.length || repeated * 2 >= top.length) return [];
  return top.map((index, k) => ({ ...list[k]!, index, pattern: 'punkt' as const, gluedText: lines[index]!.text.trim().replace(LIST_BULLET, '') }));
}

/** … or naming the body that met before its meeting (`Referat af Holmby Spejderes gruppemøde (årsmødet) 27/2 2031:`), a title with no verb. */
const MINUTES_OF_BODY_BELOW = /^Referat\s+(?:af|fra)\s+(?:\p{Lu}[\p{L}.-]*\s+){1,3}(?:generalforsamling|\p{Ll}*møde)(?:t|n|en)?\b/u;
/** `Referat:`, `Referat af: Ordinær generalforsamling i …`: the minutes' own title, below a notice and its agenda. */
const MINUTES_TITLE_BELOW = /^Referat(?:\s*:$|(?:\s+(?:af|fra))?\s*:?\s+(?:(?:den\s+)?(?:ordinær|ekstraordinær|årlig)\p{Ll}*\s+)?(?:generalforsamling|\p{L}*møde)(?:t|n|en)?\b)/iu;

/** The shortest list read by `tightLists`. */
const MIN_TIGHT_LIST = 3;

/** Every list numbered 1, 2, 3 … in one style, each entry within `gap` lines of the one before, of three entries or more. */
/**
 * `1. Orientering` … `6. Næste møde`, then a record to each entry, every one numbered `1.` (Word's numbering restarted in each):
 * the records are the items, in the agenda's order, titled by its entries (the record's line its text). As many records as
 * entries, or one fewer (the last, `Eventuelt`, left out); none numbered otherwise after the list.
 */
function onesUnderAgenda(cands: Candidate[]): Candidate[] | null {
  const list = tightLists(cands)[0];
  // (The document's first numbered lines: an agenda at its head.)
  if (!list || list.length < 3 || list[0] !== cands[0]) return null;
  const after = cands.filter((c) => c.index > list[list.length - 1]!.index);
  if (after.some((c) => c.number !== 1 || c.pattern !== list[0]!.pattern)) return null;
  if (after.length < Math.max(2, list.length - 1) || after.length > list.length) return null;
  // Records with text of their own, most of them (not a list of `1.` one under the other).
  if (after.filter((c, k) => k + 1 < after.length && after[k + 1]!.index - c.index >= 2).length * 2 < after.length - 1) return null;
  return after.map((c, k) => ({ ...c, number: k + 1, rest: list[k]!.rest, gluedText: c.rest, score: Math.max(c.score, 0) }));
}

function tightLists(cands: Candidate[], lines?: SLine[], gap = 2): Candidate[][] {
  const lists: Candidate[][] = [];
  // The mark after the number (`1)` or `1.`), where the lines are at hand: one list keeps one mark.
  const mark = (c: Candidate) => (lines ? (/^\s*\d{1,3}\s*([.):])/u.exec(lines[c.index]!.text)?.[1] ?? '') : '');
  for (let k = 0; k < cands.length; k++) {
    if (cands[k]!.number !== 1) continue;
    const list = [cands[k]!];
    for (let j = k + 1; j < cands.length; j++) {
      const c = cands[j]!;
      const prev = list[list.length - 1]!;
      if (c.number !== prev.number + 1 || c.pattern !== prev.pattern || c.index - prev.index > gap || mark(c) !== mark(prev)) break;
      list.push(c);
    }
    if (list.length >= MIN_TIGHT_LIST) lists.push(list);
  }
  return lists;
}

/**
 * `1. Orientering` … `7. Eventuelt`, then `Pkt 1: …`, `Pkt 2 & 5: …`,
 * `Pkt. 7: …`: records that refer to the agenda's entries by number, in
 * order, one record for two entries, some entries with none. The records are
 * the items (titled from the agenda); the entries without one stay items
 * listed only. Null unless every heading after the agenda is such a record
 * and they cover half of its entries or more.
 */
function recordsByNumber(lines: SLine[], cands: Candidate[], chain: Candidate[]): Candidate[] | null {
  if (chain.length === 0) return null;
  // (Or a number alone on its line over the record, `1` / `Bo Dal blev valgt som dirigent.`, in another style than the agenda's.)
  const isRecord = (c: Candidate) => (c.pattern === 'punkt' && RECORD_BY_NUMBER.test(lines[c.index]!.text)) || (c.pattern === 'bare' && /^\d{1,2}[.):]?$/u.test(lines[c.index]!.text.trim()));
  const first = cands.find(isRecord);
  if (first === undefined) return null;
  // The agenda: a list numbered 1, 2, 3 … in another style before the first record.
  // (One entry may be lost where its title opens with a figure: `2) Jagt` / `3) 3D skydning` / `4) Venskabsklubber`.)
  const agenda: Candidate[] = [];
  for (const c of cands) {
    if (c.index >= first.index) break;
    const next = (agenda[agenda.length - 1]?.number ?? 0) + 1;
    if (c.pattern !== 'punkt' && (c.number === next || (c.number === next + 1 && next > 1 && agenda.length === c.number - 2)) && (agenda.length === 0 || c.pattern === agenda[0]!.pattern)) agenda.push(c);
  }
  if (agenda.length < 3) return null;
  const agendaEnd = agenda[agenda.length - 1]!.number;
  if (chain.some((c) => !agenda.includes(c) && !isRecord(c))) return null;
  const refs: Candidate[] = [];
  let covered = 0;
  for (const c of cands) {
    if (c.index < first.index || !isRecord(c)) continue;
    // `Pkt. 2a …` / `Pkt. 2b …`: the records of an entry's sub-points go on under the first of them.
    const last = refs[refs.length - 1];
    if (last && c.number === last.number && c.through === undefined && /^[a-h](?:[.)]|\s)/u.test(c.rest) && /^[a-h](?:[.)]|\s)/u.test(last.rest)) continue;
    if (c.number <= covered || (c.through ?? c.also ?? c.number) > agendaEnd) return null;
    refs.push(c);
    covered = c.through ?? c.number;
  }
  const numbers = new Set(refs.flatMap((c) => [c.number, c.through ?? c.number, c.also ?? c.number]));
  // Or records from the first entry on, one each, the copy cut short after the last of them (nothing but its text after it).
  // (One will do where it is headed `Ad 1` and the agenda is read whole beside it: the copy ended after the first record.)
  const alone = () => refs[0]!.pattern === 'punkt' && /^\s*Add?\b/iu.test(lines[refs[0]!.index]!.text) && agendaEntries(lines, cands, refs).length >= agenda.length;
  const fromFirst = (refs.length >= 2 || (refs.length === 1 && alone())) && refs.every((c, k) => c.number === k + 1 && c.through === undefined && c.also === undefined) && !cands.some((c) => c.index > refs[refs.length - 1]!.index);
  if (refs.length === 0 || (refs.length < 2 && !fromFirst) || (numbers.size * 2 < agendaEnd && !fromFirst)) return null;
  return refs.map((c) => (c.pattern === 'bare' ? { ...c, recordOfEntry: true } : c));
}

/**
 * See the caller: a chain of `Ad N` notes that starts past the first entry of a numbered agenda before it, followed by
 * two or more headings numbered from 1 whose titles are the agenda's entries of the same numbers: those headings.
 */
function minutesAfterEntryNotes(cands: Candidate[], chain: Candidate[]): Candidate[] | null {
  if (chain.length === 0 || chain[0]!.number <= 1 || chain.some((c) => c.pattern !== 'punkt')) return null;
  const from = chain[0]!.index;
  const agenda = new Map<number, string>();
  for (const c of cands) if (c.index < from && c.pattern !== 'punkt' && !agenda.has(c.number)) agenda.set(c.number, plainTitle(c.rest));
  if (agenda.size < 3 || !agenda.has(1)) return null;
  const run = agendaRepeated(cands, agenda, chain[chain.length - 1]!.index);
  return run.length >= 2 ? run : null;
}

/**
 * `Dagsorden:` 1–6 / `1. Valg af dirigent` / record / `2. Formandens beretning` / `1. Udflugt` `2. Suppetur` … / text: a list from 1
 * inside an item (the copy cut there) taken for the chain, where headings numbered from 1 between the agenda and that list repeat
 * the agenda's entries: those headings are the items, and the list stays in the last one's text.
 */
function sectionsBeforeInnerList(cands: Candidate[], chain: Candidate[]): Candidate[] | null {
  if (chain.length < 2 || chain[0]!.number !== 1) return null;
  const from = chain[0]!.index;
  // The agenda: entries 1, 2, 3 … in order before the chain, none of whose titles the chain repeats.
  const agenda: Candidate[] = [];
  for (const c of cands) {
    if (c.index >= from || c.number !== agenda.length + 1) break;
    agenda.push(c);
  }
  if (agenda.length < 3 || chain.some((c) => agenda.some((a) => plainTitle(a.rest) === plainTitle(c.rest)))) return null;
  const after = agenda[agenda.length - 1]!.index;
  const run = agendaRepeated(cands, new Map(agenda.map((a) => [a.number, plainTitle(a.rest)])), after, from);
  // (Every heading between the agenda and the list is one of them.)
  return run.length >= 2 && run.length === cands.filter((c) => c.index > after && c.index < from).length ? run : null;
}

/** Headings between `after` and `before`, numbered 1, 2, 3 … one after another, each titled as the agenda's entry of its number. */
function agendaRepeated(cands: Candidate[], agenda: Map<number, string>, after: number, before = Infinity): Candidate[] {
  const run: Candidate[] = [];
  for (const c of cands) {
    if (c.index <= after || c.index >= before) continue;
    if (c.number !== run.length + 1 || agenda.get(c.number) !== plainTitle(c.rest)) break;
    run.push(c);
  }
  return run;
}

/**
 * The heading just before the chain's first, numbered one less and printed in
 * another style or weighed down by a label in its title (`1. Referat: fra
 * sidste møde godkendt` over `2 Skolenyt`): the item before, when it opens a
 * paragraph with a capital and the lines between are its text. Repeated while
 * the numbers go down; an agenda list before the items never qualifies (its
 * last entry is not numbered one less than the first item).
 */
function withPredecessors(lines: SLine[], cands: Candidate[], chain: Candidate[]): Candidate[] {
  if (chain.length < 2) return chain;
  const out = [...chain];
  for (;;) {
    const first = out[0]!;
    const k = cands.indexOf(first);
    const p = k > 0 ? cands[k - 1]! : undefined;
    if (p === undefined || p.number !== first.number - 1 || p.numberAt !== undefined || p.through !== undefined) break;
    const before = prevNonBlank(lines, p.index);
    const opens = before < 0 || p.index - before > 1 || lines[p.index]!.opensParagraph === true;
    const text = lines.slice(p.index + 1, first.index).some((l) => !l.blank) || INLINE_TITLE.test(p.rest);
    if (!opens || !text || !/^\p{Lu}/u.test(p.rest) || p.rest.length > 100 || p.score < -3) break;
    out.unshift(p);
  }
  return out;
}

/**
 * The item's history (`Økonomiudvalget, 17. september 2019, pkt. 200:
 * Anbefales.`) is not this meeting's decision: with a decision block of its
 * own (`Beslutning`), every treatment block is history (kind `other`);
 * without one, the treatment by this meeting's body, else the last one, is
 * the decision.
 */
function historyApart(sections: Item['sections'], body: string | null, date: string | null = null): void {
  // A decision heading dated another day than this meeting (`Økonomiudvalget den 18. september 2019, pkt. 153:`) is the item's history.
  if (date !== null) {
    const other = sections.filter((s) => s.kind === 'decision' && s.heading !== null && (findDate(s.heading)?.date ?? date) !== date);
    const remaining = sections.filter((s) => s.kind === 'decision' && !other.includes(s));
    if (other.length > 0 && remaining.length > 0) for (const s of other) s.kind = 'other';
  }
  const folded = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').trim();
  const treatments = sections.filter((s) => s.kind === 'decision' && s.heading !== null && TREATMENT.test(s.heading));
  if (treatments.length > 0) {
    const own = sections.some((s) => s.kind === 'decision' && !treatments.includes(s));
    const ours = own ? null : (treatments.find((s) => body !== null && folded(s.heading!).startsWith(`${folded(body)},`)) ?? treatments[treatments.length - 1]!);
    for (const s of treatments) if (s !== ours) s.kind = 'other';
  }
  // `Beslutning Økonomiudvalget den 05-03-2024` before `Beslutning Byrådet den 12-03-2024`:
  // the body's own decision, else the last; the other bodies' are history.
  const named = sections.flatMap((s) => {
    const by = s.kind === 'decision' && s.heading !== null ? decidingBody(s.heading) : null;
    return by ? [{ s, by: bodyKey(by) }] : [];
  });
  if (new Set(named.map((n) => n.by)).size < 2) return;
  const mine = body !== null ? named.filter((n) => n.by === bodyKey(body)) : [];
  const keep = mine.length > 0 ? mine : [named[named.length - 1]!];
  for (const n of named) if (!keep.includes(n)) n.s.kind = 'other';
}

/** The body named in a decision heading: `Beslutning i Økonomiudvalget den …`, `Beslutning fra Integrationsrådet`. */
const DECIDING_BODY = /^(?:Beslutning(?:er)?(?:\s+(?:i|fra|af))?|Besluttet\s+(?:på|i|af))\s+(\p{Lu}.+?)(?:,?\s+(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\s+)?(?:den|d\.)\s+\d.*|,?\s+\d{1,2}[-./]\d{1,2}[-./]\d{2,4}.*|,?\s+\d{1,2}\.\s*\p{L}+\s+\d{4}.*)?$/u;

/** An agenda entry's hour: before its title (`Kl. 11.00: Valg af …`, `12.00 – Velkomst`, `3. 19.15 Kaffe`), or after it in brackets (`1 Indledning (19.00)`). */
const ENTRY_HOUR = /^(?:\d{1,2}[.)]?\s+)?(?:kl\.?\s*)?(\d{1,2}[.:]\d{2})(?=\s*[-–:]|\s+\p{Lu})|\(\s*(?:kl\.?\s*)?(\d{1,2}[.:]\d{2})\s*\)\s*$/iu;
/** The hour alone on the line under an entry, perhaps with who leads it (`17.15 (v/ Anna)`). */
const HOUR_UNDER_ENTRY = /^(?:kl\.?\s*)?(\d{1,2}[.:]\d{2})(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?(?:\s*\([^()]{1,40}\))?$/iu;
/** A body's decision in the genitive: `Økonomiudvalgets beslutning`, `Holmby Fritidsudvalgs beslutning på mødet …`, `Miljø- og klimaudvalgets beslutning`. */
const GENITIVE_DECISION = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*|(?<=-)\s+og\s+\p{Ll}[\p{L}-]*){0,3}?)s\s+beslutning\b/u;

/** A body's name as compared: in small letters, spaces folded, with or without its definite ending (`Forretningsudvalg`, `Forretningsudvalget`). */
function bodyKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim().replace(/(?<=\p{L}{4})(?:et|en)$/u, '');
}

/** The body that decided, from a decision heading: `Beslutning i Økonomiudvalget den …`, `Byrådets møde den …`. */
function decidingBody(text: string): string | null {
  // (`POLITISK BEHANDLING Forretningsudvalgets beslutning …`: a label in capitals run in before it is no part of the body.)
  const heading = text.replace(/^(?:\p{Lu}{2,}\s+)+(?=\p{Lu}\p{Ll})/u, '');
  // `Økonomiudvalgets beslutning i mødet den 31. marts 2020`: the body in the genitive.
  const genitive = GENITIVE_DECISION.exec(heading);
  const named = DECIDING_BODY.exec(heading)?.[1] ?? BODY_MEETING_DATE.exec(heading)?.[1] ?? genitive?.[1] ?? null;
  // (`Beslutning` / `Økonomiudvalgets beslutning på mødet den …` read as one heading: the body in the genitive after the label.)
  return named === null ? null : (GENITIVE_DECISION.exec(named)?.[1] ?? named);
}

/**
 * The outcome of the item's last decision block that has one: earlier blocks
 * record earlier treatment (`Økonomiudvalget, …: Anbefales.`), the last one
 * what this meeting did.
 */
function finalOutcome(sections: Item['sections']): Item['outcome'] {
  const decisions = sections.filter((s) => s.kind === 'decision');
  for (let i = decisions.length - 1; i >= 0; i--) {
    const o = outcomeOf(decisions[i]!.text);
    if (o !== null) return o;
  }
  return decisions.length > 0 ? outcomeOf(decisions.map((s) => s.text).join('\n')) : null;
}

/** What leads in a list of the meeting's own: its agenda, its points, its programme. */
const AGENDA_LEAD = /(?<!\p{L})(?:dagsorden\p{L}*|punkt\p{L}*|program\p{L}*|emner|vedtægt\p{L}*|valg\p{L}*|afholdt|behandlet|behandles|behandling)(?!\p{L})/iu;

/**
 * The chain is a list inside the text (see the caller): nothing but blank lines between its entries, each a sentence (two
 * thirds of them or more ending in a full stop); the line before the first a sentence of six words or more with a
 * finite verb, ending in a colon, naming no agenda; and no other numbered heading in the document.
 */
function listInText(lines: SLine[], chain: Candidate[], candidates: Candidate[]): boolean {
  // (A date opening a line, `17. marts 2031`, is no numbered heading.)
  if (chain[0]!.number !== 1 || candidates.some((c) => !chain.includes(c) && findDate(lines[c.index]!.text.trim())?.index !== 0)) return false;
  if (!chain.every((c, k) => k === 0 || lines.slice(chain[k - 1]!.index + 1, c.index).every((l) => l.blank))) return false;
  // (Most of them end in a full stop; one may have lost it.)
  if (!chain.every((c) => /^\p{Lu}/u.test(c.rest.trim()) && c.rest.trim().split(/\s+/u).length >= 2) || chain.filter((c) => /\p{Ll}[.!]$/u.test(c.rest.trim())).length * 3 < chain.length * 2) return false;
  const after = nextNonBlank(lines, chain.at(-1)!.index);
  if (after < lines.length && (lines[after]!.indent ?? 0) > (lines[chain.at(-1)!.index]!.indent ?? 0)) return false;
  const before = prevNonBlank(lines, chain[0]!.index);
  if (before < 0) return false;
  const lead = lines[before]!.text.trim();
  return /:$/u.test(lead) && lead.split(/\s+/u).length >= 6 && (FINITE_VERB.test(lead) || /\p{Ll}{3,}(?:ede|te)(?!\p{L})/u.test(lead)) && !AGENDA_LEAD.test(lead);
}
