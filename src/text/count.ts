/** "1 chapter", "5 chapters": a count with its noun, for a collection of one as for one of a thousand. */
export const countOf = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
