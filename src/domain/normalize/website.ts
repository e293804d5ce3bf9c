// Websites are kept as typed (scheme or not) but without trailing slashes or surrounding space.
export function normalizeWebsite(input: string | null | undefined): string | null {
  const text = (input ?? '').trim().replace(/^<|>$/g, '');
  if (!text) return null;
  return text.replace(/\/+$/, '') || null;
}

/** True when the text could be a website: a host with a dot, optionally with a scheme and path. */
export function looksLikeWebsite(text: string): boolean {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    return /^(https?):$/.test(url.protocol) && /\.[a-z]{2,}$/i.test(url.hostname) && !/\s/.test(text);
  } catch {
    return false;
  }
}
