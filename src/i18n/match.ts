/**
 * Which of the available languages serves a tag, as browsers match them: the exact tag (or a
 * shorter prefix of it), then the language in the tag's script (`zh-TW` is written in Traditional
 * characters, so `zh-Hant`; bare `zh` in Simplified), then the base language (`pt-BR` → `pt`).
 * Tags compare case-insensitively; the available spelling is returned. Undefined when none serves.
 */
export function matchLanguage(tag: string, available: Iterable<string>): string | undefined {
  const byLowerCase = new Map<string, string>();
  for (const name of available) byLowerCase.set(name.toLowerCase(), name);
  const subtags = tag.toLowerCase().split('-');
  // The tag, then each shorter prefix of it: `zh-hant-tw`, `zh-hant`, with `zh` last of all.
  for (let length = subtags.length; length > 1; length--) {
    const found = byLowerCase.get(subtags.slice(0, length).join('-'));
    if (found) return found;
  }
  const script = likelyScript(tag);
  return (script && byLowerCase.get(`${subtags[0]}-${script.toLowerCase()}`)) || byLowerCase.get(subtags[0]);
}

/** The script a tag is written in, given or likely (`zh-HK` → `Hant`); undefined for a tag Intl refuses. */
function likelyScript(tag: string): string | undefined {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}
