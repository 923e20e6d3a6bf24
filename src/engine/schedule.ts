/** Which scenes a week holds, in play order. The quarter will add more weeks. */
export const WEEK_ONE = ['week1_status', 'week1_location', 'week1_jargon'] as const;
