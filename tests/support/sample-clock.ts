/** The day every test loads the sample city for, and the clock the API is judged by. */
export const SAMPLE_TODAY = '2026-06-15';
export const sampleNow = () => new Date('2026-06-15T10:00:00+08:00');
