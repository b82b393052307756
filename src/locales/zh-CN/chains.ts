export const chains = {};
