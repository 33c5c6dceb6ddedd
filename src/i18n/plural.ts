/** One form per plural category the language has; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const plurals = new Map<string, Intl.PluralRules>();

/** Chooses the form for a count with `Intl.PluralRules`, then fills in `{n}` (the formatted count) and any other slots. */
export function plural(lang: string, n: number, forms: PluralForms, count: string, slots: Record<string, string> = {}): string {
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace(/\{(\w+)\}/g, (_, key: string) => (key === 'n' ? count : slots[key] ?? ''));
}
