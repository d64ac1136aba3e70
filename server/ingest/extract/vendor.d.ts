/** Type declarations for the talisman modules the extraction uses (the package ships none). */
declare module 'talisman/metrics/jaro-winkler.js' {
  const jaroWinkler: (a: string, b: string) => number;
  export default jaroWinkler;
}
declare module 'talisman/phonetics/daitch-mokotoff.js' {
  const daitchMokotoff: (name: string) => string[];
  export default daitchMokotoff;
}
