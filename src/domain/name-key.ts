/**
 * The key under which two names count as the same across journeys ("Verificar la identidad",
 * "verificar  la identidad", "Verificar la Identidad." and "VERIFICAR LA IDENTIDAD" share one).
 * Rules, in order: Unicode NFKD; combining marks (accents, diaeresis) dropped, so "Decisión"
 * and "decision" match; lower case; every run of characters that is neither a letter nor a
 * digit becomes one space; trimmed. "ñ" decomposes to "n" + tilde, so "Año" meets "ano": the
 * price of forgiving missing accents, which authors drop far more often than they mean "ano".
 * Words are never stemmed or translated: "Espera" and "Esperar" stay two names. The key ends
 * composed (NFC): NFKD splits a Hangul syllable into letters that are not marks, and a key used
 * in an address must be the string Astro makes of it (it composes every parameter), or the page
 * of tag "사용자" is generated and then not found.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .normalize('NFC');
}
