/** One day in milliseconds: the unit of the zoom limit, margins and clustering. */
export const DAY = 86_400_000;
