export const parks = {};
