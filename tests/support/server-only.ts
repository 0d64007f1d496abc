// Vitest stand-in for the 'server-only' package, which throws when imported outside React's server
// build. Tests import server modules directly on purpose.
export {};
