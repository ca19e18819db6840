export const epoch = 0;
