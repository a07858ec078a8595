// Which twins in eval/normalize/ the heuristics were tuned on, and which are held out.
// The twins of real documents (eval/real/docs/) were split before their errors
// were looked at: in sorted order, the first, third, fifth … to tuning, the others held out.
export const REAL_TWINS = [
  'a1-almen-aab9-afdelingsmoede-2023',
  'a1-almen-skovbakken-afdelingsbestyrelse-2017',
  'a1-grundejer-godhavn-ekstraordinaer-2020',
  'a1-grundejer-hoejboparken-2016',
  'a2-fodbold-oks-2016',
  'a2-kor-herlufsholm-2023',
  'a2-menighedsraad-haslund-olst-2012',
  'a2-roklub-maribo-2009',
  'a3-beboerhus-trojborg-2018',
  'a3-haveforening-groendal-2021',
  'a3-landsbyraad-loerslev-2007',
  'a3-lokalraad-lindved-2006',
  'm1-bornholm-boerne-skole-2018',
  'm1-faxe-byraad-2019',
  'm1-hjoerring-byraad-2016',
  'm1-hoersholm-oekonomiudvalg-2007',
  'm2-lemvig-kommunalbestyrelse-2017',
  'o1-fdb-landsraad-2009',
  'o1-venstre-roskilde-2018',
  'o1-vu-gentofte-2008',
];
// Twins of the other documents of eval/real/docs/ (2026-12-03, issue 18), added to the
// tuning set whole, for more to learn from; the held-out set is unchanged.
export const MORE_TUNING_TWINS = [
  'a1-almen-baldersbo-afdelingsbestyrelse-2019',
  'a1-almen-grantoften-afdelingsmoede-2021',
  'a1-almen-sab-afd27-bestyrelse-2023',
  'a1-almen-sab-afd28-afdelingsmoede-2023',
  'a1-andel-ab58-bestyrelse-2002',
  'a1-andel-abborup-bestyrelse-2022',
  'a1-ejer-lyngbo-bestyrelse-2016',
  'a1-grundejer-glenshoejparken-2015',
  'a1-grundejer-luleaavej-2020',
  'a1-grundejer-solvangen-bestyrelse-2010',
  'a2-aeldreidraettens-hus-2020',
  'a2-badminton-hoejbjerg-2020',
  'a2-friskole-broby-2020',
  'a2-jagtforening-grenaa-2018',
  'a2-menighedsraad-sct-joergens-2024',
  'a2-rideklub-bedsted-2022',
  'a2-sejlklub-hbs-2008',
  'a2-skolebestyrelse-skovbo-2008',
  'a2-snedkerlaug-koebenhavn-2017',
  'a2-spejder-seest-2020',
  'a3-antennelaug-vemmelev-2003',
  'a3-borgerforening-holtug-2021',
  'a3-haveforening-enghave-2011',
  'a3-kolonihave-blegdammen-2016',
  'a3-kolonihave-solvang-2023',
  'a3-kulturelt-samraad-fredensborg-2018',
  'a3-landsbylaug-elstrup-2009',
  'a3-seniormotion-klg-2023',
  'a3-vandvaerk-nejede-moellehoej-2018',
  'a3-vandvaerk-romdrup-2007',
  'm1-ballerup-kommunalbestyrelse-2006',
  'm1-broenderslev-byraad-2020',
  'm1-esbjerg-oekonomiudvalg-2014',
  'm1-faaborg-midtfyn-kommunalbestyrelse-2019',
  'm1-frederiksberg-kommunalbestyrelse-2022',
  'm1-gentofte-oekonomiudvalg-2013',
  'm1-glostrup-kommunalbestyrelse-2018',
  'm1-holbaek-byraad-2016',
  'm1-hvidovre-teknik-miljoe-2014',
  'm1-koege-klima-plan-2020',
  'm2-aeroe-groent-raad-2018',
  'm2-naestved-byraad-2016',
  'm2-regionh-forretningsudvalg-2022',
  'm2-rksk-erhverv-klima-2025',
  'm2-rm-regionsraad-2007',
  'm2-rn-regionsraad-2020',
  'm2-rodovre-kommunalbestyrelse-2019',
  'm2-roskilde-kultur-idraet-2019',
  'm2-rsyd-sundhedssamordning-2012',
  'o1-brugerraad-erritsoe-2019',
  'o1-diku-fagraad-2022',
  'o1-dsmu-generalforsamling-2025',
  'o1-elevraad-skovboskolen-2008',
  'o1-frie-skolers-laererforening-2014',
  'o1-friluftsraadet-bestyrelse-2018',
  'o1-gerontologisk-selskab-2021',
  'o1-osaa-generalforsamling-2011',
  'o1-piu-midtjylland-2022',
  'o1-piu-syddanmark-2017',
  'o1-socialraadgiverforening-hb-2016',
];
// Twins of the four PDFs of eval/real/docs/ (municipal minutes printed from web pages;
// the clean text is `minutes normalize` of the PDF, which repairs nothing in them), made
// on 2026-12-03 in issue 18's third session and all held out, decided before they were
// made: no error of theirs, and no word of their texts, was looked at.
export const PDF_HELD_OUT = [
  'm2-naestved-kultur-demokrati-2018',
  'm2-rsj-forretningsudvalg-2020',
  'm2-rsyd-psykiatrisk-dialogforum-2010',
  'm2-viborg-byraad-2019',
];
// Twins of the 66 text documents of eval/real/docs/ that had none (issue 18's fourth
// session, 2026-12-04, decided before any twin was made, by rule and not by look):
// every `m4-*`, `a5-*`, `o3-*` document (added to eval/real in the session before) is a
// FRESH held-out twin; every `m3-*`, `a4-*`, `o2-*` document (added two sessions before)
// a tuning twin. The old held-out set had been glanced at (word counts over its clean
// texts, changes chosen after reading its figures); the fresh one has not: of its twins
// only pooled and per-document figures are read, never their words.
export const FRESH_TUNING = [
  'a4-andel-strandlodsgaarden-2015',
  'a4-andel-vab-vojens-2015',
  'a4-borgerforening-vindeby-onsevig-2015',
  'a4-folkenetvaerket-bestyrelse-2023',
  'a4-grundejer-grundejerne-bestyrelse-2015',
  'a4-grundejer-sejer-strande-2021',
  'a4-idraet-hong-bestyrelse-2015',
  'a4-idraet-krop-sind-favrskov-2013',
  'a4-idraet-loejt-if-2020',
  'a4-menighedsraad-detresogne-2018',
  'a4-menighedsraad-thuroe-2016',
  'a4-menighedsraad-udbyneder-kastbjerg-2017',
  'a4-menighedsraad-vejerslev-2014',
  'a4-sbg-sosum-bestyrelse-2009',
  'a4-seniorsport-ns-bestyrelse-2023',
  'm3-egebjerg-kommunalbestyrelse-2002',
  'm3-fredensborg-oekonomiudvalg-2015',
  'm3-gudenaakomiteen-2014',
  'm3-hedensted-landdistriktsraad-2023',
  'm3-koebenhavn-oekonomiudvalg-2020',
  'm3-mariagerfjord-teknik-miljoe-2020',
  'm3-odense-byraad-2008',
  'm3-odense-byraad-2018',
  'm3-skive-oekonomiudvalg-2014',
  'm3-struer-oekonomiudvalg-2011',
  'm3-toender-kommunalbestyrelse-2015',
  'm3-vordingborg-erhvervsudvalg-2014',
  'o2-affaldplus-bestyrelse-2016',
  'o2-forsyning-helsingoer-bestyrelse-2014',
  'o2-politiforbundet-hovedbestyrelse-2014',
];
export const FRESH_HELD_OUT = [
  'a5-beboerraad-hoerhus-2010',
  'a5-foraeldrebestyrelse-egetraeet-2023',
  'a5-foraeldrebestyrelse-strib-2022',
  'a5-foraeldreraad-trane-2019',
  'a5-forening-silkeborg-mod-fjernvarmetvang-2015',
  'a5-golfklub-varde-2018',
  'a5-grundejer-trondheimsvej-2016',
  'a5-jagtforening-elsegaarde-2024',
  'a5-lokalraad-roenninge-2018',
  'a5-lokalraad-vestmoen-2014',
  'a5-menighedsraad-hammelev-2019',
  'a5-menighedsraad-sankt-hans-2021',
  'a5-menighedsraad-vor-frue-odense-2022',
  'a5-roklub-birkeroed-2019',
  'a5-roklub-lindenborg-2014',
  'a5-roklub-nykoebing-mors-2017',
  'a5-skolebestyrelse-toftlund-2024',
  'a5-tennis-solroed-2016',
  'a5-vandvaerk-pjedsted-2002',
  'm4-albertslund-handicapraad-2018',
  'm4-fredericia-oekonomi-erhverv-2022',
  'm4-frederikssund-oekonomiudvalg-2026',
  'm4-halsnaes-miljoe-teknik-2013',
  'm4-herning-handicapraad-2013',
  'm4-hilleroed-byraad-2018',
  'm4-holstebro-byraad-2018',
  'm4-randers-byraad-2013',
  'm4-rm-regional-udvikling-2023',
  'm4-rudersdal-seniorraad-2019',
  'm4-syddjurs-byraad-2018',
  'm4-vesthimmerland-byraad-2019',
  'm4-vesthimmerland-sundhed-2018',
  'o3-bkf-region-nord-2012',
  'o3-danske-aeldreraad-bestyrelse-2011',
  'o3-marselisborg-lystbaadehavn-2025',
  'o3-venstre-samsoe-2022',
];
/** The tuning twins as they were before FRESH_TUNING joined them (for comparable lines). */
// Twins of reference documents (2026-12-05, issue 18's fifth session): every 60th of the
// reference documents the word frequencies were learnt from (sorted, from the 7th), made
// into twins to see failures the tuning set had not shown; tuning twins, as their texts
// were in the frequencies already.
export const REFERENCE_TWINS = [
  'a10-islandsk-hest-skari-2020',
  'a12-menighedsraad-tingsted-2021',
  'a18-cykelklub-den-flade-ring-2017',
  'a25-biavl-sydhavsoeerne-2017',
  'a31-jazzklub-skive-2023',
  'a36-luftvaernsartilleri-fyn-2018',
  'a41-folkedans-herlev-2006',
  'a45-kunstnere-hornbaek-2016',
  'a50-grundejer-kobbelhusene-2019',
  'a54-sejlklub-ringkoebing-2017',
  'a59-husflid-jerslev-2015',
  'a63-lnm-support-2023',
  'a68-jazzforening-aeroe-special-2023',
  'a71-haveforening-baagoe-2018',
  'a76-sct-georgs-gilde-saeby-2020',
  'a80-grundejer-roenneholtparken-2015',
  'a86-genskabet-oroe-2026',
  'a90-skakklub-hvidovre-2017',
  'a95-nabo-oesterbro-bestyrelse-2021',
  'm12-holbaek-folkeoplysning-2018',
  'm22-gribskov-arbejdsmarked-2013',
  'm5-rebild-byraad-2007',
  'o10-msa-landsforening-generalforsamling-2018',
  'o26-dbsu-hovedbestyrelse-2012',
  'o4-buejaegere-fadb-2014',
  'o50-aikido-danish-aikikai-2012',
  'o60-venstre-vinderslev-kjellerup-2021',
  'o72-dsuk-repraesentantskab-2014',
  'o83-radikale-odense-2021',
  'o94-dbsu-hovedbestyrelse-2017',
];
export const OLD_TUNING = ['seed-000', 'seed-002', 'council-a', ...REAL_TWINS.filter((_, i) => i % 2 === 0), ...MORE_TUNING_TWINS];
export const TUNING = [...OLD_TUNING, ...FRESH_TUNING, ...REFERENCE_TWINS];
/** The old held-out set (17 twins). */
export const HELD_OUT = ['seed-003', 'seed-004', 'council-b', ...REAL_TWINS.filter((_, i) => i % 2 === 1), ...PDF_HELD_OUT];
/** Every twin whose errors are never looked at: the old held-out set and the fresh one. */
export const ALL_HELD_OUT = [...HELD_OUT, ...FRESH_HELD_OUT];

/** A document's body, from its id: without its set and year (`a5-roklub-lindenborg-2014` → `roklub-lindenborg`). */
export const bodyOf = (id) => id.replace(/^[a-z]+\d+-/, '').replace(/-\d{4}.*$/, '');

const HELD_OUT_BODIES = ALL_HELD_OUT.filter((id) => /^[amo]\d+-/.test(id)).map((id) => ({ id, body: bodyOf(id) }));

/**
 * Whether a document of eval/real/docs/ is near a held-out twin's, so that what it
 * prints (its people's names above all) must not be learnt from: the same body, or one
 * whose name goes on from it (`roklub-nykoebing-mors-kajakudvalg`); after a municipal
 * twin, any body that names the same municipality or region (`viborg-…`,
 * `sf-faxe`: local bodies print the same councillors); after
 * another, a body of the same place and kind (`golfklub-varde`, `golf-seniorklub-varde`).
 */
export function nearHeldOut(id) {
  const body = bodyOf(id);
  const tokens = body.split('-');
  return HELD_OUT_BODIES.some((h) => {
    if (h.id === id || h.body === body || body.startsWith(`${h.body}-`) || h.body.startsWith(`${body}-`)) return true;
    const [kind, ...place] = h.body.split('-');
    if (/^m\d/.test(h.id)) return tokens.includes(kind);
    return place.length > 0 && place.every((p) => tokens.includes(p)) && tokens.some((t) => t.slice(0, 4) === kind.slice(0, 4));
  });
}
