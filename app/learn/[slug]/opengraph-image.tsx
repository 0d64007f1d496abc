import { ImageResponse } from 'next/og';
import { OG_SIZE, OgCard } from '@/components/site/og-card';
import { getLesson, listLessons } from '@/lib/content/lessons';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Memory Lab for Python lesson';
export const dynamicParams = false;

export function generateStaticParams() {
  return listLessons().map((lesson) => ({ slug: lesson.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  const index = listLessons().findIndex((entry) => entry.slug === slug);
  return new ImageResponse(
    <OgCard
      eyebrow={lesson ? `Lesson ${index + 1} · ${lesson.minutes} min` : 'Lesson'}
      title={lesson?.title ?? 'Memory Lab for Python'}
      summary={lesson?.summary ?? ''}
    />,
    size,
  );
}
