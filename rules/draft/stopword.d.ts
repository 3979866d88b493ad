// Types for stopword 3.1.5, which ships none: its lists are named by ISO 639-3 code (only those invitelint uses).
declare module 'stopword' {
  export const ces: string[];
  export const deu: string[];
  export const eng: string[];
  export const fra: string[];
  export const hau: string[];
  export const hrv: string[];
  export const hun: string[];
  export const ind: string[];
  export const ita: string[];
  export const msa: string[];
  export const nld: string[];
  export const pol: string[];
  export const por: string[];
  export const ron: string[];
  export const som: string[];
  export const spa: string[];
  export const swa: string[];
  export const swe: string[];
  export const tgl: string[];
  export const tur: string[];
  export const vie: string[];
  export const yor: string[];
  export const zul: string[];
}
