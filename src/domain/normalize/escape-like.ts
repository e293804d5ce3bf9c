/** Text for a LIKE pattern with its wildcards (and the escape character) taken literally; used with ESCAPE '\'. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
