/** Text to be matched as written inside a regular expression (a client's name: "Acme (UK) Ltd."). */
export const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
