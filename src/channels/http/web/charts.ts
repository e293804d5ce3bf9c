// Placeholder until the charts land.
export {};
