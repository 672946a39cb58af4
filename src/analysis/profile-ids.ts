// The profile names (see profile.ts), apart from profile.ts so that scan.ts can type a result's profile without
// importing the module that filters results (which imports scan.ts's types).
export const PROFILES = ['default', 'audit', 'bandit'] as const;
export type ProfileId = (typeof PROFILES)[number];
