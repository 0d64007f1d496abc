// What other parts of the site use from the quiz: the end-of-lesson quiz for MDX, and the stored
// per-lesson scores for the course home.
export { LessonQuiz } from './LessonQuiz';
export { LessonQuizScore } from './LessonQuizScore';
export { QUIZ_STORAGE_KEY, useLessonQuizScores, type LessonQuizRecord } from './quiz-store';
