export const firms = {};
