/**
 * The most frequent words of written Danish, most frequent first: general
 * knowledge of the language, not of any document. They tell a real word from
 * a collision with damage (`for` stays `for`; `far` is more often `får`).
 */
export const COMMON_DANISH: readonly string[] = `
og i at det er en til på som de med af for ikke der den var har et om vi kan så sig fra men skal
også blev ved efter eller når være nu over have han hun jeg alle år mere kun meget hvor bliver ud
man vil da skulle to andre hvis mod her før under få får kunne været dette denne disse op selv end
hvad går står mellem første nye ny godt både blive uden mange flere siden hele lige igen dag tid del
må måske måtte gøre gør sin sine sit deres os dem ham hende mig vores jo nogle noget ingen samt sammen
samme anden andet sidste næste tre større store stor gang hvordan derfor dog blandt først fået gået
kommer komme tage giver give fik sagt siger ser se mål måde året års nok særlig særligt altså
således sådan hvornår nærmere næsten længe længere højere høj tæt bør børn øvrige økonomi område
området møde mødet løbet løsning følge fælles ønsker ønske nødvendigt vigtigt forhold arbejde ifølge
hver hvert heller endnu mens mindre mindst meste flest hos inden indtil omkring senere tidligere
bedre bedst mulighed muligt kommune kommunen borgere borgerne helt ganske rigtig rigtigt sket ske
går gå stå står stod stået sætte sat lægge lagt tale taler talt vise viser vist bruge bruger brugt
nået nå række række rækken spørgsmål svar sted steder side sider sag sagen sager tale mener mente
hjælp hjælpe hjælper vælge valgt valg ændre ændring ændringer økonomiske økonomisk forslag
beslutning behov plan planen penge kroner kr mio procent pct tæller tænke tænker tror troede føler
følger fulgt læse læst lære lært høre hørt kende kendt finde fundet findes far mor mand kvinde
menneske mennesker barn land verden byen by liv hus hjem vej arbejder uge ugen måned måneder
dage timer time nummer punkt punkter orientering godkendt godkende godkender drøftelse drøftet
`.trim().split(/\s+/);

let ranks: Map<string, number> | null = null;

/** A count-like weight for a common word (about 150 for the first, 3 for the two-hundredth), else 0. */
export function commonWeight(word: string): number {
  if (!ranks) {
    ranks = new Map();
    COMMON_DANISH.forEach((w, i) => {
      if (!ranks!.has(w)) ranks!.set(w, i + 1);
    });
  }
  const rank = ranks.get(word.toLowerCase());
  return rank === undefined ? 0 : 150 / rank ** 0.75;
}
