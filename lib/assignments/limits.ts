// Size limits for everything a browser may send about assignments. One place, so the forms'
// maxLength attributes, the zod schemas and the tests agree.
export const LIMITS = {
  title: 200,
  instructions: 4_000,
  displayName: 80,
  studentId: 64,
  /** Bank templates an instructor may pick for one assignment. */
  poolTemplates: 100,
  questionCount: 50,
  customQuestions: 10,
  customProgramChars: 4_000,
  customProgramLines: 60,
  customPrompt: 300,
  attemptsAllowed: 20,
  /** Any JSON body; larger requests are refused before parsing. */
  bodyBytes: 64 * 1024,
  browserToken: 64,
  secret: 128,
} as const;
