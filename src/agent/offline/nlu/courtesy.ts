// Courtesy titles ("Dr.", "Mme", "Herr"): they come before a person's name and are never a name of their own.
// One list for the reader; the contact lookup keeps its own (the domain does not import the agent).
const TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mme|Mlle|Sr|Sra|Herr|Frau';

/** One token as the tagger sees it ("Dr", without its dot), written as a title is: capitalised. */
export const COURTESY_TOKEN = new RegExp(`^(?:${TITLES})$`);
/** One word of typed text, any case, its dot included ("dr.", "Prof"). */
export const COURTESY_WORD = new RegExp(`^(?:${TITLES})\\.?$`, 'i');
/** A title in front of a name ("Dr. Ana Ruiz" -> "Ana Ruiz" once replaced). */
export const COURTESY_PREFIX = new RegExp(`^(?:${TITLES})\\.?\\s+`, 'i');
