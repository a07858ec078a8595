/** Outcomes follow the wording table in domain.md. */
import { describe, expect, it } from 'vitest';
import { outcomeOf } from '../src/segment/outcome.js';

describe('outcomeOf', () => {
  const cases: [string, string | null][] = [
    ['Godkendt.', 'approved'],
    ['Indstillingen godkendes.', 'approved'],
    ['Forslaget blev vedtaget.', 'approved'],
    ['Anbefales.', 'approved'],
    ['Tiltrådt.', 'approved'],
    ['Det besluttes, at nedsætte en arbejdsgruppe.', 'approved'],
    ['Orienteringen blev taget til efterretning.', 'noted'],
    ['Til orientering.', 'noted'],
    ['Punktet blev drøftet.', 'discussed'],
    ['Følgegruppen drøftede gruppens arbejde.', 'discussed'],
    ['Fremsendes til Teknisk Udvalg til behandling.', 'referred'],
    ['Oversendes til Økonomiudvalget.', 'referred'],
    ['Oversendt til Økonomiudvalget.', 'referred'],
    ['Udvalget diskuterede sagen.', 'discussed'],
    ['Punktet blev udsat.', 'postponed'],
    ['Sagen udsættes til næste møde.', 'postponed'],
    ['Indstillingen blev ikke godkendt.', 'rejected'],
    ['Forslaget blev forkastet.', 'rejected'],
    ['Intet.', 'none'],
    ['Intet at bemærke til punktet.', 'none'],
    ['Ingen bemærkninger.', 'none'],
    // Dissent follows the decision and does not decide it.
    ['Vedtaget. Venstre kunne ikke tiltræde indstillingen.', 'approved'],
    ['Radikale Venstre kunne ikke tiltræde indstillingen. Godkendt.', 'approved'],
    // A short formula decides over wording in a longer account.
    ['Jette orienterede om arbejdsgruppens møde, hvor der blev drøftet behov for at supplere planen. Orienteringen blev taget til efterretning.', 'noted'],
    // OCR damage does not hide the wording.
    ['Punktet blev dregftet.', 'discussed'],
    // `godkendt` as an attribute (`et godkendt budget`) decides nothing; an account of an orientation is noted.
    ['Forvaltningen orienterede om status. Udvalget ønsker sagen genoptaget i juni, når der foreligger et godkendt budget.', 'noted'],
    ['Udvalget blev orienteret om sagen.', 'noted'],
    ['En særlig velkomst til Søren Hansen.', null],
    ['', null],
  ];
  it.each(cases)('%s → %s', (text, outcome) => {
    expect(outcomeOf(text)).toBe(outcome);
  });

  it('people who were "udsatte" (vulnerable) are not a postponement', () => {
    expect(outcomeOf('Indsatsen for udsatte borgere styrkes i regi af alliancen, som redegjort for.')).toBeNull();
  });
});
