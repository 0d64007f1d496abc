export { listLessons, getLesson, neighbours, type Lesson } from './lessons';
export { lessonMetaSchema, parseLessonMeta, type LessonMeta } from './meta';
export { extractHeadings, type TocEntry } from './headings';
export { headingId, lessonSlugSchema } from './slug';
