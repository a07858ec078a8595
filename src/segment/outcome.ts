/**
 * The outcome of a decision, from its wording (domain.md's table). Sentences
 * that record dissent (`X kunne ikke tiltræde indstillingen`) do not decide
 * the outcome; the first sentence that says what happened does.
 */
import type { Outcome } from '../schema.js';
import { tolerant } from './model.js';
import { memoize } from '../util/memo.js';
import { Cued } from '../util/cued.js';

const t = tolerant;

/**
 * The wording that gives each outcome, a row of data with sentences it must
 * read (`examples`) and must not (`not`); tests/vocabulary.test.ts runs them
 * all. Rows are tried in order: a rejection's negated verb before the verb.
 */
export interface OutcomeRule {
  outcome: Outcome;
  /** Words every wording of the row has, tried first (cheap), where the pattern is costly. */
  cue?: RegExp;
  pattern: RegExp;
  examples: string[];
  not: string[];
}

/** The months' names, for `på bestyrelsesmødet i marts`. */
const MONTH_NAMES = 'januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december';

export const OUTCOME_RULES: OutcomeRule[] = [
  {
    outcome: 'rejected',
    pattern: new RegExp(
      // `Ikke godkendt`, `blev ikke imødekommet`, and the verb before its negation: `Anbefales ikke`, `Udvalget godkendte ikke …`.
      `\\b(?:ikke (?:${t('godkendt')}e?|godkendes|godkende|vedtaget|vedtages|anbefalet|anbefales|anbefale|${t('tiltrådt')}|${t('tiltrædes')}|${t('tiltræde')}|bevilget|bevilges|${t('imødekommet')}|${t('imødekommes')}|fulgt)|(?:${t('godkendt')}e?|godkendes|godkender|vedtaget|vedtages|vedtog|anbefales|anbefaler|anbefalede|${t('tiltrædes')}|${t('tiltræder')}|${t('tiltrådte')}|bevilges|bevilgede|${t('imødekommes')}|fulgt) ikke|forkastet|forkastes|forkastedes|nedstemt|faldt(?=\\s*(?:[.,;!]|$)|\\s+(?:med|ved|efter)\\s)|${t('afslået')}|${t('afslås')}|afslag|afslog|afvist|afvises|afviste|(?:besluttet|besluttede|besluttes|beslutter)(?:,)? (?:ikke at|at ikke)|(?:sige|siger|sagde|siges) nej(?: tak)? til|takker (?:vi |bestyrelsen |klubben )?nej(?: tak)? til|melder (?:vi )?pas)\\b`,
      'iu',
    ),
    examples: ['Indstillingen blev ikke godkendt.', 'Forslaget faldt med 12 stemmer mod 20.', 'Anbefales ikke.', 'Forslaget blev forkastet.', 'Ansøgningen afvises.', 'Bestyrelsen har besluttet ikke at gå videre med tilbuddet.', 'Vi vil sige nej tak til tilbuddet.', 'Det er sjovt, men vi takker nej til at holde stævnet i år.', 'Kurserne ligger i weekenderne. Vi melder pas.'],
    // `Valget faldt på Bo Dal`: the choice fell on someone, who was elected.
    not: ['Forslaget blev godkendt.', 'Vi siger ja tak til tilbuddet.', 'Valget faldt på Bo Dal, der takkede for valget.', 'Holdet kom godt fra start, men faldt lidt af i foråret.'],
  },
  {
    // The sentence opened by its result, what follows a condition of it (`Godkendt med den ændring, at punkt 7 udsættes …`).
    outcome: 'approved',
    pattern: new RegExp(`^(?:${t('godkendt')}|godkendes|vedtaget|vedtages|${t('tiltrådt')}|${t('tiltrædes')}|anbefales)(?=\\s*[,:;–-]?\\s+(?:med|uden|idet|dog|under|således)\\b)`, 'iu'),
    examples: ['Godkendt med den ændring, at punkt 7 udsættes til mødet i februar.', 'Vedtaget med den tilføjelse, at sagen sendes til høring.', 'Godkendt, dog således at beløbet udsættes til 2032.'],
    not: ['Godkendelse af budgettet med ændringer udsættes.', 'Godkendt ikke med de ændringer.'],
  },
  {
    outcome: 'postponed',
    pattern: new RegExp(`\\b(?:(?:kan|må|skal) vente til|(?<!\\bvar (?:jo )?)udsat(?! fra\\b)|${t('udsættes')}|${t('udskudt')}|${t('udskydes')}|(?:tage|tager|tages|taget) (?:punktet|sagen|emnet|det) op (?:igen|på ny|(?:som (?:et )?punkt )?(?:på|ved) (?:det )?(?:næste|kommende) \\p{Ll}*møde|på \\p{Ll}*mødet i (?:${MONTH_NAMES}))|(?:gemmes|gemmer vi det|venter) til (?:det )?(?:næste|kommende) \\p{Ll}*møde|(?:punktet|sagen|emnet) kommer på (?:igen )?(?:til|på) (?:det )?næste møde|${t('genoptages')}(?: på| i| ved)? (?:et |det |den )?(?:senere|næste|kommende)|(?:godkendes|behandles|underskrives|drøftes|besluttes|tages op)\\b[^.]{0,30}?\\bpå (?:det |et )?(?:næste|kommende|senere|mødet i)\\b|(?:bliver|skal|vil blive) (?:drøftet|drøftes|behandlet|behandles|taget op|tages op) (?:igen )?(?:næste gang|(?:ved|på) (?:det )?næste møde)|(?:vi|bestyrelsen|udvalget|rådet) afventer\\b[^.]{0,60}?\\b(?:før|inden)\\s+(?:(?:en|den)\\s+)?(?:endelig\\s+)?(?:stillingtagen|beslutning))\\b`, 'iu'),
    examples: ['Punktet blev udsat.', 'Sagen udsættes til næste møde.', 'Vi tager punktet op igen på næste møde.', 'Revisionen kan vente til næste års generalforsamling.', 'Referatet godkendes og underskrives på mødet i januar.', 'Punktet behandles på næste møde.', 'Punktet bliver drøftet næste gang.', 'Punktet skal drøftes ved næste møde.', 'Bo retter i planen, og vi tager det op på næste møde.', 'Punktet kommer på til næste møde.', 'Resten besluttes på det kommende bestyrelsesmøde.', 'Vi afventer kommunens svar før endelig stillingtagen.', 'Vi tager det op som punkt på næste bestyrelsesmøde.', 'Vi tager det op på bestyrelsesmødet i marts, når budgettet kendes.', 'Gemmes til næste møde.'],
    // `… var udsat fra marts`: what had been put off before, told as background.
    // `Udsat fra mødet i maj`: put off before, to this meeting.
    not: ['Tidsplanen blev godkendt.', 'Mødet var udsat fra foråret på grund af vejret.', 'Udsat fra mødet i maj.'],
  },
  {
    outcome: 'approved',
    // A word part that each of the row's wordings holds: the row begins with a look-behind, tried at every character of a sentence
    // that has none of them. (tests/vocabulary.test.ts checks the cue over the fixtures' sentences.)
    cue: /godk|vedt|anbefal|tiltr|bevil|dekom|valg|vælg|fastsat|fastsæt|fastlagt|fasthold|igangs|underskr|tilslut|indstill|beslut|bakke|opbakning|konstitu|aftal|indgås|tilladelse|enig|enedes|\bok|^ja|i orden|uændret|udpeg|accept|endte|følges/iu,
    pattern: new RegExp(
      // Participles only as verbs, not as attributes (`et godkendt budget`, `den vedtagne plan`); a letter
      // before the article is part of a word (`Menighedsrådet besluttede`), hence no \b there (it fails at æøå).
      // (After `blev` the pronoun is the subject: `blev den godkendt`.)
      `(?<!(?<![\\p{L}\\d])(?<!\\b(?:blev|er|var|bliver)\\s)(?:et|en|det|den|de|sit|sin|sine|nyt|ny|nye|allerede) )\\b(?:${t('godkendt')}e?(?! af (?:\\p{L}+ )?revisor)|vedtaget|anbefalet|${t('tiltrådt')}|bevilget|imødekommet|valgt(?! at\\b)|genvalgt)\\b` +
        `|\\b(?:blev|er|var) det (?:enstemmigt )?(?:vedtaget|${t('godkendt')}|besluttet)\\b|\\bvalget faldt på(?!\\p{L})|\\bblev(?: enstemmigt,?)? fastsat\\b|\\bder var genvalg\\b|(?<!\\b(?:kan|skal|vil|bør|må|der)\\s)\\bigangsættes(?=\\s*(?:[.!]|$))|^underskrevet(?:\\s+af\\s+(?:alle|deltagerne|de\\s+tilstedeværende))?\\.?$|\\b(?:godkendes|godkender|${t('godkendtes')}|vedtages|vedtog|vedtoges|valgtes|genvalgtes|anbefales|anbefaler|anbefalede|${t('tiltrædes')}|${t('tiltræder')}|${t('tiltrådte')}|bevilges|${t('tilslutter')} sig|indstilles (?:til .{0,60}godkendelse|over for)|${t('tilsluttede')} sig|${t('tilsluttes')}|indstillingen (?:blev )?fulgt|(?:det|der) ${t('besluttes')}(?: (?:endvidere|derfor|også|hermed|samtidig|enstemmigt))?,? at|besluttede|(?:det|der) besluttedes,? at|(?:blev|er|har|havde)(?: (?:endelig|nu|hermed|derfor|så|også|enstemmigt|blevet))? besluttet|^(?:det\\s+)?(?:enstemmigt\\s+)?besluttet,?\\s+at\\s+(?!(?:\\S+\\s+){0,3}ikke\\b)|(?:blev|bliver|er) (?:fastlagt|fastsat),? at|vælges|modtog (?:gen)?valg(?:et)?|vedtager|bakke[rd]?e? op om|${t('imødekommes')}|${t('imødekom')}|(?:indstillingen|forslaget|anbefalingen) (?:blev )?følges|(?:referatet|protokollen) (?:blev )?underskre(?:vet|ves)|takkede for valget|(?<!ikke )(?:fuld|enstemmig|bred) opbakning|(?:bestyrelsen|udvalget|rådet|vi|generalforsamlingen) valgte at|(?:(?:bestyrelsen|(?:en (?:enig|samlet) )?bestyrelse|udvalget|rådet|vi|generalforsamlingen) (?:har|havde)|(?:har|havde) (?:en (?:enig|samlet) )?(?:bestyrelse|bestyrelsen|udvalget|rådet)) valgt at|${t('konstitueret')} sig|${t('konstituerede')} sig|konstituerer sig (?:som følger|således)|fastsættes til|(?:blev|er) fastsat til|blev aftalt|^\\p{L}*(?:aftale[n]?|kontrakt(?:en)?)\\s+(?:\\p{Ll}+\\s+){0,3}?indgås\\b|(?<!\\bat\\s+(?:der\\s+)?)indgås\\s+(?:en\\s+)?(?:\\p{Ll}*aftale|kontrakt)|(?:det|der) (?:er|bliver) aftalt|aftaltes|(?:er|blev) givet tilladelse|gives tilladelse|(?:det|der) besluttes følgende|blev (?:\\p{Ll}+ )?fastlagt|(?:der var|var der) (?:fuld |bred )?enighed om at|^(?:(?:fuld|bred|stor)\\s+)?enighed om,? at|valgte \\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,3} (?:som|til))\\b|^(?:genvalg|nyvalg)(?: (?:til|af))?\\s*:|^(?:vi|bestyrelsen|udvalget|rådet|man|de)\\s+blev\\s+enige\\s+om\\b|^(?:referat(?:et)?|dagsorden(?:en)?|regnskab(?:et)?|budget(?:tet)?)\\s+(?:er\\s+)?(?:ok|okay|i orden)\\b|^(?:kontingent(?:et|er|erne)?|taksten|taksterne|budgettet|prisen|lejen|huslejen)\\s+(?:(?:er|blev|forbliver|fortsat)\\s+)?(?:uændret|fastholdes|fastholdt|(?:fastsattes|fastsættes)\\s+uændret)\\b|^(?:ok|okay|ja)\\.?$|^(?:ok|okay)\\s*[-–!]|(?:dirigenten|bestyrelsen|formanden)\\s+udpegede\\s+\\p{Lu}|(?<!\\p{L})(?:gen)?vælges\\.?$|\\b(?:blev|er) (?:\\p{Ll}+ og )?accepteret\\b|\\b(?:blev|er) underskrevet\\b|\\benedes (?:(?:man|vi|de) )?om\\b|\\bendte (?:til sidst |så )?(?:\\([^)]{1,20}\\) )?med,? at\\b`,
      'iu',
    ),
    examples: ['Godkendt.', 'Efter en kort snak blev det vedtaget at sætte prisen op.', 'Derefter blev den godkendt med applaus.', 'Serviceaftalen indgås med firmaet for fem år.', 'Valget faldt på Bo Dal, der takkede for valget.', 'Der var genvalg af revisorer og suppleant.', 'Kontingentet blev fastsat uændret til 200 kr.', 'Renovering af trappen igangsættes.', 'Underskrevet.', 'Indstillingen godkendes.', 'Forslaget blev vedtaget.', 'Anbefales.', 'Tiltrådt.', 'Det besluttes, at nedsætte en arbejdsgruppe.', 'Det besluttes endvidere, at der kun er ét kontingent.', 'Kim Holt vælges.', 'Ok.', 'Det bliver fastlagt at vi holder sommerfest i august.', 'Det er endelig besluttet, at kassen lukker.', 'Bestyrelsen har besluttet at frugten fortsætter.', 'Kontingentet fastholdes.', 'Kontingentet uændret.', 'Bestyrelsen bakker op om forslaget.', 'Referatet blev underskrevet.', 'Ansøgningen imødekommes.', 'Indstillingen følges.', 'Der besluttes at beholde det nuværende fyr.', 'Bo Dal takkede for valget.', 'Der var fuld opbakning.', 'En enig bestyrelse har valgt at aflyse festen.', 'Bestyrelsen har konstitueret sig således: Formand Bo Dal.', 'Bestyrelsen konstituerer sig som følger:', 'Antallet af møder fastsættes til fem om året.', 'Det blev aftalt, at Bo sender brevet.', 'Vi aftaltes at mødes igen.', 'Der er givet tilladelse til en bod på havnen i uge 31.', 'Der besluttes følgende ændringer: bænke på banen.', 'Vi blev enige om at vi betaler i år, men ikke næste år, hvis prisen stiger.', 'Referat OK.', 'Ja', 'Kontingenter fastholdes.', 'Kontingentet fastsattes uændret.', 'Den fremlagte plan blev rost og accepteret.', 'Regnskabet for 2031 blev underskrevet af alle.', 'Man enedes om at bibeholde kontingentet.', 'Efter nogen snak enedes man om at nedsætte kontingentet.', 'Budget 2032 blev overordnet fastlagt.', 'Der var enighed om at vælge Eva Holm som dirigent.', 'Rådet valgte Eva Holm som formand og Bo Dal som næstformand.', 'Genvalg til: Eva Holm, Bo Dal', 'Bo foreslog Eva Holm, der modtog valget.', 'Underskrevet af deltagerne', 'OK - ingen hængepartier!', 'Dirigenten udpegede Bo Dal og Eva Holm til stemmetællere.', 'På valg er Bo og Eva. Begge genvælges.', 'Kontingentet blev enstemmigt, fastsat til det samme.', 'Det er blevet besluttet at Bo ser på renden.', 'Endte til sidst med, at de nye medlemmer kan deltage i møderne.', 'Enighed om at give vandværket et kvarter.', 'Besluttet at indkøbe en ny stige.', 'Det besluttedes at støtte projektet med 5.000 kr.'],
    // An approval by the auditors is what the accounts bring to the meeting, not what the meeting did.
    not: ['Vi prioriterer de initiativer, der kan igangsættes for særlige målgrupper.', 'Regnskabet er godkendt af foreningens revisorer.', 'Som aftalt på sidste møde er hækken klippet.', 'Arbejdsgangene er aftalt i en aftale med KL, men bruges ikke.', 'Der er søgt om tilladelse hos kommunen.', 'Bestyrelsen konstituerer sig på næste møde.', 'Referatet fra sidste møde blev læst op.', 'Et godkendt budget ligger til grund.', 'I projektet fastholdes de tidligere tilbud.', 'Der var ikke fuld opbakning til forslaget.', 'Der var ikke enighed om at ændre datoen.', 'Genvalg af formanden er ikke muligt efter vedtægterne.', 'Maria er ansat som maler.', 'Forslaget blev ikke accepteret.', 'Vi håber, at en aftale indgås snart.', 'Vi håber, at der indgås en aftale.'],
  },
  {
    // Wordings of approval found in association minutes, tried only on a sentence with one of their words (`cue`): the
    // large row above is tried at every character, and each wording added to it costs every sentence.
    outcome: 'approved',
    cue: /accept|modt|genvalg|opbakning|bakkes|applaus|bifald|^ja|fasthold|uændret|beslutter|godt[ao]g|stem|bibehold|beslutning|(?:valgte|besluttede|enedes|vedtog)\s+vi\b|udbetales|afsættes|bevil|konstitueret|valg\s+(?:til|som)|vælger|underskrevet|ansat|opret/iu,
    pattern: new RegExp(
      `\\b(?:som|der)\\s+(?:begge\\s+|alle\\s+)?(?:accepterer|accepterede|modtager|modtog)(?=\\s*(?:[.,;!]|$))|\\bder var (?:(?!ikke\\b)\\p{Ll}+ )?genvalg\\b|\\bbakkes op (?:om|omkring)\\b|\\bgav sin opbakning til\\b|^modtaget med (?:stort )?(?:applaus|bifald)|^ja\\s*!|\\b(?:kontingent\\p{L}*|budget\\p{L}*|taksten)\\b(?:[^.]|\\.(?=\\s[\\p{Ll}\\d])){0,40}?\\bfastholdes\\b` +
        // `Generalforsamlingen godtog beretningen`, `Alle 9 fremmødte stemmer for, at …`, `en enig bestyrelse, som beslutter at …`.
        `|\\bgodt(?:og|oges)\\b|\\bblev godtaget\\b|^(?:alle|samtlige)\\b(?:\\s+\\d{1,3})?(?:\\s+\\p{Ll}+){0,2}\\s+stem(?:mer|te)\\s+for\\b|\\bbestyrelse\\p{L}*,?\\s+(?:som|der)\\s+beslutter,?\\s+at\\b` +
        // `Uændret 125 kr.`, `Kontingentsatserne fortsætter uændret`, `Bestyrelsen beslutter, at …`.
        `|^uændret\\b[^.]{0,40}?\\d+\\s*kr\\b|\\b(?:kontingent\\p{L}*|takst\\p{L}*|gebyr\\p{L}*|\\p{L}*satser(?:ne)?)\\s+(?:fortsætter|forbliver|fastholdes|er)\\s+uændret|\\b(?:bestyrelsen|udvalget|rådet|forsamlingen|generalforsamlingen|vi)\\s+beslutter,?\\s+at\\b` +
        // `Kontingentet blev bibeholdt`, `Vi bibeholder kontingentet`, `Kontigentet forbliver uændret` (a letter lost in the word).
        `|\\bkonti(?:n)?gent\\p{L}*\\b[^.]{0,30}?(?<!\\b(?:skal|kan|vil|bør|må|måske)\\s)\\b(?:bibeholdes|bibeholdt|forbliver\\s+uændret)\\b|\\b(?:bibeholder|fastholder)\\s+(?:\\p{Ll}+\\s+)?(?:konti(?:n)?gent|takst|budget)\\p{L}*` +
        // `… og har taget den beslutning, at …`, `… valgte vi, at …`, `enedes vi om …`: a decision told in the first person or as one taken.
        `|\\b(?:har|havde)\\s+taget\\s+(?:den|en)\\s+beslutning,?\\s+at\\b|\\b(?:valgte|besluttede|enedes|vedtog)\\s+vi\\b(?!\\s+ikke\\b)` +
        // `Der udbetales 5.000 kr. …`, `Der afsættes kr. 10.000 til …`, `Der bevilges 3.400 kr.`: a sum granted.
        `|^der\\s+(?:udbetales|afsættes|bevilges|beviles)\\s+(?:kr\\.?\\s*)?\\d|\\bvar der genvalg\\b` +
        // `Bestyrelsen blev konstitueret med Bo som formand`, `Bo er valg til kasserer` (the t of `valgt` lost), `Forsamlingen vælger Bo
        // til dirigent`, `Protokollen oplæst og underskrevet`, `Eva blev ansat som graver`, `Gruppen bliver oprettet.`.
        `|\\b(?:blev|er)\\s+konstitueret\\s+(?:med|således|som\\s+følger)\\b|\\b(?:er|blev)\\s+(?:gen)?valg\\s+(?:til|som)\\s+\\p{L}|\\bvælger\\s+(?:\\p{Lu}[\\p{L}'’.\\-]*\\s+){1,4}(?:til|som)\\s+(?:dirigent|ordstyrer|referent|formand|kasserer|revisor)` +
        `|\\b(?:oplæst|læst op|gennemlæst)\\s+og\\s+underskrevet\\b|\\bblev\\s+ansat\\s+som\\b|\\bansættes\\s+som\\b|^(?!hvis\\b)(?:\\p{L}+\\s+){0,3}(?:bliver|blev)\\s+oprettet\\b|^(?:der\\s+)?oprettes\\b`,
      'iu',
    ),
    examples: ['Bestyrelsen foreslår Eva Holm, som accepterer', 'Formanden foreslog Bo og Eva, der begge accepterede.', 'Der var ligeledes genvalg af revisor til Bo Dal.', 'Der bakkes op omkring forslaget.', 'Generalforsamlingen gav sin opbakning til forslaget.', 'Modtaget med applaus.', 'Ja! Det holdes i maj.', 'Kontingent på 350 kr. pr. år fastholdes.', 'Kontingent på kr. 350,- pr. år fastholdes.', 'Generalforsamlingen godtog beretningen.', 'Alle 9 fremmødte stemmer for, at formanden vælger stedet.', 'Det er en enig bestyrelse, som beslutter at købe en ny plæneklipper.', 'Uændret 150 kr. om året.', 'Kontingentsatser fortsætter uændret', 'Bestyrelsen beslutter, at hækken klippes i maj.', 'Kontingentet blev bibeholdt på 250 kr.', 'Vi bibeholder kontingentet på 100 kr.', 'Vi fastholder vores kontingent.', 'Kontigentet forbliver uændret.', 'Bestyrelsen har taget den beslutning, at alle indlæg besvares skriftligt.', 'Efter en snak valgte vi, at Eva er fast ordstyrer.', 'Da Bo stopper, enedes vi om ikke at indkalde en suppleant.', 'Der udbetales 5.000 kr. af reserven.', 'Der afsættes kr. 10.000 til projektet.', 'Her var der genvalg til Bo Dal som revisor.', 'Bestyrelsen blev konstitueret med Bo som formand og Eva som kasserer.', 'Ib Lund er valg til kasserer.', 'Forsamlingen vælger Bo Dal til dirigent.', 'Protokollen oplæst og underskrevet.', 'Eva Holm blev ansat som graver.', 'Gruppen bliver oprettet.', 'Der oprettes en festgruppe.'],
    not: ['Forslaget blev ikke accepteret.', 'Kontingentet skal måske bibeholdes, mener kassereren?', 'Valgte vi ikke det sidste år?', 'Der udbetales løn den 1. i måneden.', 'Der var ikke genvalg.', 'Bestyrelsen er konstitueret på næste møde.', 'Hvem er på valg til bestyrelsen?', 'Formanden vælger selv sin næstformand.', 'Hvis gruppen bliver oprettet, skal der findes penge.', 'Referatet er ikke underskrevet.', 'Situationen er uændret.', 'Bestyrelsen beslutter på næste møde, om hækken skal klippes.', 'Alle skal stemme for eller imod ved næste møde.', 'Alle 9 fremmødte stemmer forskelligt.'],
  },
  {
    // `Eva Holm GENVALG.`, `Bo Dal genvalg`: a name and its re-election, the names' capitals read without the `i` flag.
    outcome: 'approved',
    cue: /genvalg\.?$/iu,
    pattern: /^(?:\p{Lu}[\p{L}.\-]*\s+){2,4}(?:GENVALG|[Gg]envalg)\.?$/u,
    examples: ['Eva Holm GENVALG.', 'Bo Dal genvalg'],
    not: ['Eva Holm ønsker ikke genvalg.', 'Ønsker genvalg', 'Bo Dal ønsker genvalg'],
  },
  {
    // Who was chosen, told by `blev` and the name (`Det blev Eva`, `Valg af ordstyrer blev Bo Dal`, `Suppleanter blev: …`): the name's
    // capital read without the `i` flag, so that `Blev taget til efterretning` is not one.
    outcome: 'approved',
    pattern: /^(?:[Dd]et\s+)?blev\s+\p{Lu}\p{Ll}+(?=\s|[.,]|$)|^(?:[Vv]alg(?:\s+af\s+[\p{L} ]{2,30}?)?|[Ss]uppleant(?:er)?|[Rr]evisor(?:er)?|[Rr]evisorsuppleant|[Ff]ormand|[Nn]æstformand|[Kk]asserer|[Ss]ekretær|[Dd]irigent|[Oo]rdstyrer|[Rr]eferent|[Ss]temmetællere?)\s+blev:?\s+\p{Lu}\p{Ll}/u,
    examples: ['blev Eva Holm', 'Det blev Jytte', 'Valg af ordstyrer blev Bo Dal, der konstaterede at alt var i orden.', 'Suppleanter blev: Eva Holm og Bo Dal.'],
    not: ['Blev taget til efterretning.', 'Mødet blev aflyst.', 'Det blev sent.', 'Det blev drøftet hvordan vi kommer ud til medlemmerne.'],
  },
  {
    outcome: 'referred',
    pattern: new RegExp(`^(?:${t('fremsendes')}|oversendes|sendes|videresendes|henvises|${t('tilbagesendes')}|oversendt|fremsendt|videresendt|henvist)\\b|\\b(?:${t('fremsendes')}|oversendes|videresendes|henvises|oversendt|fremsendt|videresendt|henvist|sendt videre|sendes tilbage|sendt tilbage) til\\b|\\b(?:tages|blev taget) op i (?:arbejdsgruppen|\\p{L}*udvalget|\\p{L}*gruppen)\\b|\\b(?:sendes|sendt) (?:videre )?til (?:godkendelse|behandling|høring|udtalelse)\\b`, 'iu'),
    examples: ['Fremsendes til Teknisk Udvalg til behandling.', 'Planen sendes til godkendelse i kommunen.', 'Oversendes til Økonomiudvalget.', 'Oversendt til Økonomiudvalget.', 'Dette punkt tages op i arbejdsgruppen.'],
    not: ['Sendt ud til medlemmerne i går.'],
  },
  {
    outcome: 'noted',
    pattern: new RegExp(`\\b(?:taget til efterretning|tages til efterretning|tog .{0,40}til efterretning|${t('orienteredes')}|(?:${t('orienterede')}|orienterer)(?: kort| mundtligt| kort og godt)? om|refererede fra|blev ${t('orienteret')}|${t('orienteringen')} (?:blev )?taget|til efterretning|(?:taget|tages) til orientering|gav (?:en |os en )?(?:kort |mundtlig |grundig )?orientering)\\b|\\b(?:gennemgik|gennemgås|gennemgået)\\s+(?:\\p{Ll}+\\s+){0,2}?(?:økonomien|regnskabet|budgettet|referatet|beretningen|status|driften)\\b(?!\\s*,?\\s*(?:som|der|og det)\\s)|^(?:referatet|regnskabet|budgettet|beretningen|økonomien)\\s+(?:blev\\s+)?gennemgået(?:\\s+uden\\s+bemærkninger)?\\.?$|^til orientering\\.?$|^til info\\b|^orientering fra\\b|^orientering om\\b(?:(?!\\s(?:følger|kommer|sker|gives|udsendes|sendes|er|bliver|skal|vil)(?!\\p{L}))[^.!?]){0,80}\\.?$`, 'iu'),
    examples: ['Orienteringen blev taget til efterretning.', 'Til orientering.', 'Orienteredes.', 'Kassereren gav en kort orientering om økonomien.', 'Bo orienterede kort om baggrunden for foreningen.', 'Formanden orienterer om ansættelsen.', 'Bo refererede fra mødet med kommunen.', 'Til info. Der kommer mere senere.', 'Bo og Eva gennemgik økonomien for 2031.', 'Referatet gennemgået uden bemærkninger.', 'Orientering fra ledelsen.', 'Orientering om regnskabet for 2031.'],
    not: ['Orientering om budgettet følger.', 'Orientering om budgettet gives på næste møde.', 'Kassereren gennemgik regnskabet, som blev godkendt.'],
  },
  {
    outcome: 'discussed',
    pattern: new RegExp(`\\b(?:dr(?:ø|oe|o|g|e|0|@|eg|gg)ft(?:et|ede|es|edes|er)|diskut(?:eret|erede|eres|erer)|${t('drøftelse')}(?:n)? blev|synspunkter blev (?:fremført|fremlagt)|(?:var|havde|blev) (?:en )?(?:(?:god|kort|længere|længerevarende|grundig|livlig|lang|fin|overordnet|åben|bred|generel) )?(?:${t('drøftelse')}|debat|diskussion)|(?:god|lang|kort|livlig)(?: politisk)? snak (?:om|i)\\b)\\b|^(?:(?:kort |længere )?${t('drøftelse')} af|åben ${t('drøftelse')})\\b|\\bdebatter(?:ede|et|es)\\b|^vi talte om\\b|^(?:ingen|uden) (?:konklusion|afklaring)\\b`, 'iu'),
    examples: ['Punktet blev drøftet.', 'Rådet havde en overordnet drøftelse af sagen.', 'Åben drøftelse. Der var mange meninger.', 'Følgegruppen drøftede gruppens arbejde.', 'Udvalget diskuterede sagen.', 'Forskellige synspunkter blev fremført.', 'Drøftelse af arbejdsdagen i maj.', 'Ingen konklusion.', 'Uden afklaring', 'Der var en god drøftelse af planen.', 'Kort drøftelse af mailkulturen.', 'Vi debatterede arrangementerne.', 'Vi talte om, at klubberne selv bestemmer.', 'Der var længerevarende diskussion, med meninger for og imod.', 'Rigtig god politisk snak i flere timer.'],
    not: ['Der var ingen drøftelsesbehov.', 'Der var ingen drøftelse.'],
  },
  {
    outcome: 'none',
    // `Ingen meddelelser.`, `Der var ikke noget under eventuelt.`, `Der var ikke indkommet nogen forslag.`: short sentences only (see byWording).
    pattern: new RegExp(`^(?:ingen|ingenting|n\\/a)\\.?$|^ingen (?:salg|ændringer|nyt|henvendelser|ansøgninger|mødt|fremmødte)\\.?$|^der var ingen opfølgning\\b|^ingen (?:modtaget|indkommet|indkomne)\\.?$|^der (?:var|er) ingen (?:rettidigt? )?(?:indkomne|indsendte) forslag\\.?$|^(?:punktet\\s+)?(?:udgår|udgik|${t('udgået')})(?:\\.?$|,?\\s+(?:da|fordi|idet|som)\\b)|^(?:intet|ingenting (?:til|at|under|nyt)|ingen (?:bemærkninger|bem\\.?(?!\\p{L})|kommentarer|indlæg|meddelelser|punkter|forslag|indkomne forslag|indkommende forslag|sager|emner|spørgsmål|noteringer|(?:tilgået |indkommen )?post)|intet (?:at ${t('bemærke')}|til|nyt)|ikke noget|der (?:var|er|blev) (?:ingen|intet|ikke (?:\\p{L}+ )?(?:noget|nogen))(?= (?:under|til|at|fra|forslag|punkter|bemærkninger|meddelelser|indkomne|indkommende)\\b|\\.?$)|^de[rt] (?:var|er) ikke (?:indkommet|kommet|modtaget) (?:nogen )?(?:forslag|punkter)(?: til (?:behandling|generalforsamlingen|mødet))?\\.?$|^de[rt] (?:var|er) ikke (?:indkommet|indsendt|kommet|modtaget|fremsat|stillet) (?:nogen |nogle )?(?:forslag|punkter|emner)(?!\\p{L})(?!,?\\s(?:der|som|andet|udover|ud over|bortset|ud\\s+over)\\b)|^der (?:forelå|foreligger) ingen (?:forslag|punkter)(?!\\p{L})|[^.]{0,40}?\\bder\\s+ingen (?:indkomne|indkommende|indsendte) forslag (?:var|er|blev) (?:modtaget|indkommet)|^der var ikke (?:emner|noget|punkter) til (?:drøftelse|behandling)\\b)`, 'iu'),
    examples: ['Der var ikke indsendt forslag.', 'Der er ikke indkommet nogle forslag', 'Der var ikke indkommet forslag hverken fra medlemmerne eller bestyrelsen.', 'Der forelå ingen forslag.', 'Formanden konstaterede at der ingen indkommende forslag var modtaget.', 'Der var ikke emner til drøftelse under eventuelt.', 'Ingen salg', 'Intet.', 'Ingenting til eventuelt.', 'Ingenting.', 'Ingen meddelelser.', 'Der var ikke noget under eventuelt.', 'Der var ikke indkommet nogen forslag.', 'Der var ikke indkommet forslag til behandling', 'Ingen spørgsmål.', 'Ingen noteringer.', 'Udgået.', 'Punktet udgår.', 'Udgik da der ikke var noget nyt.', 'Ingen modtaget.', 'N/A', 'Det var ikke indkommet forslag.', 'Der er ingen indkommende punkter.', 'Ingen indlæg', 'ingen bem.', 'Ingen tilgået post.', 'Ingen mødt.', 'Der var ingen opfølgning på referatet.', 'Der var ingen rettidigt indkomne forslag.', 'Ingen indkommende forslag'],
    not: ['Ingen af forslagene blev godkendt.', 'Der er ikke indkommet forslag, der kan behandles i dag, men to er sendt videre.', 'Der var ikke indkommet forslag andet end et fra bestyrelsen om vedtægterne.'],
  },
];

/** A sentence that tells what someone informed the meeting of: `X orienterede om, at …`, `X oplyste, at …`. */
const REPORTED = new RegExp(`\\b(?:${t('orienterede')}|oplyste|fortalte|informerede|meddelte)(?:\\s+om)?,?\\s+(?:at|om)\\b`, 'iu');

const DISSENT = new RegExp(
  `(?<![\\p{L}\\d])(?:kunne ikke ${t('tiltræde')}|tog forbehold|${t('deltog')} ikke|stemte imod|(?<!\\d )stemmer imod|ønskede (?:sig )?(?:ført )?til protokol|${t('mindretal')}|undlod at stemme|tager forbehold)\\b`,
  'iu',
);

/** A sentence or line about an amendment (`Ændringsforslaget faldt.`), not one that decides with it (`Fremsendes med ændringsforslaget …`). */
const AMENDMENT = new RegExp(`^(?:(?:det|et)\\s+)?${tolerant('ændringsforslag')}`, 'iu');

export function sentences(text: string): string[] {
  return text
    // (Not after an abbreviation before a figure: `Kontingent på kr. 350,- pr. år fastholdes.`)
    .split(/(?<=[.!?])(?<!(?:^|[\s(])(?:kr|pr|ca|nr|stk|kl)\.(?=\s+\d))\s+(?=\p{Lu}|\d|-)|\n+/u)
    .map((s) => s.replace(/^[-–•]\s*/, '').trim())
    .filter(Boolean);
}

/** Agreement (`Enighed blandt de fremmødte`, `Vi blev enige om at …`): a decision when said in a short sentence of its own; in a longer account it is part of the talk. */
const AGREED = /(?<!ikke |ingen )\benighed (?:blandt|om)\b|\b(?:blev|var|er) enige om\b|^enighed\.?$/iu;
const SHORT_SENTENCE = 10;

/** Every wording of AGREED has these letters (with its flags): the cheap test before it, which starts with a look-behind and so is tried at every character. */
const MAY_AGREE = /enig/iu;

function matchSentence(s: string): Outcome | null {
  for (const rule of OUTCOME_RULES) if ((rule.cue === undefined || rule.cue.test(s)) && rule.pattern.test(s)) return rule.outcome;
  if (MAY_AGREE.test(s) && AGREED.test(s) && s.split(/\s+/).length <= SHORT_SENTENCE) return 'approved';
  return null;
}

/**
 * A short formulaic sentence (`Orienteringen blev taget til efterretning.`)
 * decides over wording found in a longer account; otherwise the first
 * sentence that says what happened does.
 */
export function outcomeOf(decision: string | null): Outcome | null {
  if (decision == null || decision.trim() === '') return null;
  return byWording(decision) ?? byVotes(decision) ?? byAmendment(decision);
}

/**
 * What became of the amendments a record tells of (`Ændringsforslagene vedtages.` under the statutes' amendments), where
 * nothing else in it says what became of the item (wording or votes): the item is those amendments.
 */
function byAmendment(decision: string): Outcome | null {
  for (const s of sentences(decision)) {
    if (AMENDMENT.test(s) && !DISSENT.test(s)) {
      const o = matchSentence(s);
      if (o !== null) return o;
    }
  }
  return null;
}

/** The count of a vote line: `For stemte: V og C (4)`, `Imod stemte 8 (V og Ø)`, `For: 11`. */
const VOTE_LINE = { for: /^for(?:\s+stemte)?\s*:?\s*(.*)$/iu, imod: /^imod(?:\s+stemte)?\s*:?\s*(.*)$/iu };
function voteCount(line: string, side: 'for' | 'imod'): number | null {
  const m = VOTE_LINE[side].exec(line.trim());
  if (!m) return null;
  const n = /^(\d{1,3})\b/.exec(m[1]!) ?? /\((\d{1,3})\)\s*\.?$/.exec(m[1]!);
  return n ? Number(n[1]) : null;
}

/** A vote recorded with counts and no result word: the majority decides (a tie rejects). */
function byVotes(decision: string): Outcome | null {
  // Each vote is a pair of counts; the last one not on an amendment (`Ændringsforslag fra V:` above it) is the item's.
  let yes: number | null = null;
  let no: number | null = null;
  let amendment = false;
  let result: Outcome | null = null;
  for (const line of decision.split('\n')) {
    if (AMENDMENT.test(line)) {
      amendment = true;
      continue;
    }
    yes ??= voteCount(line, 'for');
    no ??= voteCount(line, 'imod');
    if (yes === null || no === null) continue;
    if (!amendment) result = yes > no ? 'approved' : 'rejected';
    yes = null;
    no = null;
    amendment = false;
  }
  if (result !== null) return result;
  // `38 stemte for og 2 imod`, `med 30 stemmer for og 4 imod` in a sentence.
  // (`ja med 81 stemmer, nej med 13`, `Ja: 40, nej: 2`, `81 ja-stemmer og 13 nej-stemmer`, `93 ja og 14 nej`: a ballot's yes and no.)
  const inline = INLINE_VOTE.exec(decision) ?? YES_NO_VOTE.exec(decision);
  if (!inline) return null;
  const [votesFor, votesAgainst] = inline[1] !== undefined ? [inline[1], inline[2]] : [inline[3], inline[4]];
  return Number(votesFor) > Number(votesAgainst) ? 'approved' : 'rejected';
}

const YES_NO_VOTE = new Cued(/nej/iu, /\bja\s*(?::|med)?\s*(\d{1,4})(?:\s+stemmer)?\s*[,;]?\s+(?:og\s+)?nej\s*(?::|med)?\s*(\d{1,4})\b|\b(\d{1,4})\s+ja(?:-?stemmer)?\s*(?:,|og)\s*(\d{1,4})\s+nej(?:-?stemmer)?\b/iu);

const INLINE_VOTE = new Cued(/imod/iu, /\b(\d{1,4})\s+(?:stemte\s+for|stemmer\s+for|for)\s*,?\s+(?:og\s+|mens\s+)?(\d{1,4})\s+(?:stemte\s+|stemmer\s+)?imod\b/iu);

/**
 * What a resolution does, by its verb (`besluttede at udsætte den`, `Forslaget om at udskyde …`): a row per outcome,
 * with examples (tests/vocabulary.test.ts). A decision to do something else approves.
 */
export const RESOLVED_VERBS: { outcome: Outcome; verbs: RegExp; examples: string[] }[] = [
  { outcome: 'postponed', verbs: /^(?:udsætte|udskyde|afvente|vente|genoptage)$/iu, examples: ['Der er enighed om at vente med konstitueringen til efter generalforsamlingen.', 'Udvalget drøftede sagen og besluttede at udsætte den.', 'Bestyrelsen besluttede at afvente kommunens svar.', 'Efter en drøftelse besluttede bestyrelsen at afvente nye regler.', 'Forslaget om at udskyde renoveringen. Enstemmigt vedtaget.'] },
  { outcome: 'rejected', verbs: /^(?:afvise|forkaste|afslå|opgive|droppe)$/iu, examples: ['Bestyrelsen besluttede at afvise ansøgningen.'] },
  { outcome: 'referred', verbs: /^(?:oversende|fremsende|videresende|sende|henvise)$/iu, examples: ['Udvalget besluttede at oversende sagen til Byrådet.'] },
];
/** A resolution to do something: `besluttede at udsætte`, `vedtog at …`, `blev enige om at …`, `Forslaget om at udskyde`. */
const RESOLVED_TO = /\b(?:(?:besluttede|besluttes|vedtog)(?:\s+(?:bestyrelsen|udvalget|rådet|forsamlingen|generalforsamlingen|vi|man))?|besluttet|beslutter|vedtager|vedtaget|(?:blev|var) enige om|(?:der\s+(?:er|var)\s+)?enighed\s+om|[Ff]orslag(?:et)? om)\s*,?\s+at\s+(\p{L}+)/u;

function resolvedVerb(s: string): Outcome | null {
  const m = RESOLVED_TO.exec(s);
  if (!m) return null;
  return RESOLVED_VERBS.find((r) => r.verbs.test(m[1]!))?.outcome ?? null;
}

/** A majority's vote (`Et flertal stemte imod.`, `Et flertal kunne tiltræde indstillingen.`): the outcome, whatever the minority said. */
const MAJORITY = /\b(?:et|flertallet|et stort|et klart)\s*flertal(?:let)?\s+(?:(stemte imod|kunne ikke tiltræde|afviste)|(stemte for|kunne tiltræde|tiltrådte|godkendte|anbefalede))\b/iu;

/** A result carried by a count of votes (`vedtaget med 14 stemmer for`, `forkastet med 3 stemmer mod 9`). */
const VOTED_RESULT = /\b(?:vedtaget|vedtoges|godkendt|godkendtes|forkastet|forkastedes|nedstemt)\s+med\s+\d{1,4}\s+(?:stemmer|mod)\b/iu;

/** What byWording reads in one sentence, apart from the sentences around it. */
interface SentenceReading {
  /** The outcome a majority's vote gives (`Et flertal stemte imod.`), or null. */
  majority: Outcome | null;
  /** Dissent or an amendment's fate: not the item's outcome. */
  aside: boolean;
  /** An account of something told (`X orienterede om, at …`). */
  reported: boolean;
  /** The outcome of what was resolved (`besluttede at udsætte`), or null. */
  verb: Outcome | null;
  /** The outcome its wording gives (matchSentence), or null. */
  wording: Outcome | null;
  /** It names a proposal (`Forslaget om at …`). */
  proposal: boolean;
  /** A short sentence (SHORT_SENTENCE words or fewer). */
  short: boolean;
}

function readSentenceOnce(s: string): SentenceReading {
  const majority = MAJORITY.exec(s);
  const r: SentenceReading = { majority: null, aside: false, reported: false, verb: null, wording: null, proposal: false, short: false };
  if (majority) {
    r.majority = majority[1] !== undefined ? 'rejected' : 'approved';
    return r;
  }
  // (Not the vote's own result with the minority in the same sentence: `Forslaget blev vedtaget med 14 stemmer for, og 4 stemte imod.`)
  if ((DISSENT.test(s) && !VOTED_RESULT.test(s)) || AMENDMENT.test(s)) {
    r.aside = true;
    return r;
  }
  // An account of something told is read no further, unless what was resolved stands before it in the sentence
  // (`Bo Dal blev valgt til dirigent og informerede om, at …`): then that part is read.
  const told = REPORTED.exec(s);
  const read = told ? s.slice(0, told.index) : s;
  const wording = told && read.length < 10 ? null : matchSentence(read);
  if (told && wording === null) {
    r.reported = true;
    return r;
  }
  r.verb = resolvedVerb(read);
  r.wording = wording;
  r.proposal = /^[Ff]orslag/u.test(read);
  r.short = read.split(/\s+/).length <= SHORT_SENTENCE;
  return r;
}

/**
 * A sentence's reading depends on the sentence alone, and a document reads
 * the same sentences several times over (each decision, then all of an
 * item's decisions together, the trial build and the final one), as an
 * archive repeats its formulas (`Godkendt.`): kept, within a bound.
 */
const readSentence = memoize(readSentenceOnce, 20_000);

/** Words that say a thing was resolved, whatever was said before them. */
const RESOLVED_WORD = /(?<!\p{L})(?:det|der)\s+(?:blev|er)\s+(?:\p{Ll}+\s+)?(?:besluttet|vedtaget)(?!\p{L})|(?<!\p{L})(?:besluttede|vedtog|(?:det|der)\s+besluttes|enedes|endte\s+(?:til\s+sidst\s+)?(?:\([^)]{1,20}\)\s+)?med,?\s+at)(?!\p{L})/iu;

function byWording(decision: string): Outcome | null {
  let first: Outcome | null = null;
  let discussed = false;
  let noted = false;
  /** `Forslaget om at udskyde …` named before the sentence that adopts it. */
  let proposed: Outcome | null = null;
  let quiet = false;
  const all = sentences(decision);
  for (const [k, s] of all.entries()) {
    const r = readSentence(s);
    if (r.majority !== null) return r.majority;
    // Dissent, and the fate of an amendment (`Ændringsforslaget faldt.`), are not the item's outcome.
    if (r.aside) continue;
    // `Borgmesteren orienterede om, at han var valgt til …`: an account of something told; what it tells was not decided here.
    if (r.reported) {
      noted = true;
      continue;
    }
    const verb = r.verb;
    let o = r.wording;
    if (verb !== null && (o === null || o === 'approved' || o === 'discussed')) {
      // What was resolved decides; a proposal named without its adoption waits for the sentence that adopts it.
      if (o === null && r.proposal) {
        proposed = verb;
        continue;
      }
      o = verb;
    } else if (o === 'approved' && proposed !== null) o = proposed;
    if (o === null) continue;
    // `Tilbuddet blev drøftet. Sagen udsættes.`: a discussion says less than what came of it.
    if (o === 'discussed') {
      discussed = true;
      continue;
    }
    // `Redegørelsen blev taget til efterretning. Bestyrelsen besluttede at …`: what was decided after a report was noted.
    if (o === 'noted') {
      noted = true;
      continue;
    }
    if (noted && o === 'none') continue;
    // `Ingen kommentarer eller spørgsmål. Herefter godkendt.`: no remarks, then what was resolved; nothing said is the outcome only at the end.
    if (o === 'none' && k + 1 < all.length) {
      quiet = true;
      continue;
    }
    if (r.short) return o;
    // After a discussion or a report only a short sentence of its own says what came of it, or one that says it was
    // resolved (`Forslaget blev drøftet. Det blev besluttet, at der udbetales …`).
    if ((!discussed && !noted) || (discussed && !noted && RESOLVED_WORD.test(s))) first ??= o;
  }
  return first ?? (quiet && !noted ? 'none' : noted ? 'noted' : discussed ? 'discussed' : null);
}
