/**
 * The one message format of every catalogue (site, CLI): text with `{name}` placeholders, or, for
 * text that depends on a number, one text per plural category of the language, chosen by the
 * `count` parameter through `Intl.PluralRules` ("1 recorrido", "2 recorridos"; "0 percursos" in
 * Portugal).
 */

/**
 * The forms of a counted message. `other` is required: every language has it, and it stands in
 * for a category the language has but the message does not spell out (Spanish "many" is only for
 * numbers like "1 millón", which the catalogues never print in words).
 */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralForms;
export type Params = Readonly<Record<string, string | number>>;

/** The keys of a catalogue whose messages come in plural forms, and so need a `count`. */
export type CountedKey<M> = { [K in keyof M]: M[K] extends string ? never : K }[keyof M] & string;
/** The keys of a catalogue whose messages are plain text. */
export type PlainKey<M> = Exclude<keyof M, CountedKey<M>> & string;

/** Looks a message up: `t('nav.journeys')`, `t('journey.touchpoints', { count: 12 })`. */
export interface Translator<M> {
  (key: PlainKey<M>, params?: Params): string;
  (key: CountedKey<M>, params: Params & { readonly count: number }): string;
}

/** The catalogue shape a language's messages take, with the reference catalogue's keys. */
export type MessagesLike<Reference> = { readonly [K in keyof Reference]: Reference[K] extends string ? string : PluralForms };

/**
 * A translator over one catalogue. `intl` is the BCP 47 tag the numbers in placeholders and the
 * plural categories follow.
 */
export function translatorFor<M extends Readonly<Record<string, Message>>>(messages: M, intl: string): Translator<M> {
  const numbers = new Intl.NumberFormat(intl);
  const plurals = new Intl.PluralRules(intl);
  return ((key: string, params?: Params) => {
    const message = messages[key]!;
    let template: string;
    if (typeof message === 'string') template = message;
    else {
      const count = params?.count;
      template = typeof count === 'number' ? (message[plurals.select(count)] ?? message.other) : message.other;
    }
    return params ? fillPlaceholders(template, params, numbers) : template;
  }) as Translator<M>;
}

/** `{name}` replaced by its value (numbers formatted for the language); unknown names stay visible. */
export function fillPlaceholders(template: string, params: Params, numbers?: Intl.NumberFormat): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? (numbers ? numbers.format(value) : String(value)) : value;
  });
}
