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
export const TUNING = ['seed-000', 'seed-002', 'council-a', ...REAL_TWINS.filter((_, i) => i % 2 === 0)];
export const HELD_OUT = ['seed-003', 'seed-004', 'council-b', ...REAL_TWINS.filter((_, i) => i % 2 === 1)];
