// The quiz's server entry for Next.js code: the service, guarded so no client bundle can import it.
import 'server-only';

export {
  answerQuestion,
  drawLessonQuiz,
  drawQuestion,
  lessonTitle,
  loadQuestion,
  randomSeed,
  templateSummaries,
} from './service';
