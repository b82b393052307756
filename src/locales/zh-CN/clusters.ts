export const clusters = {};
