import type { MetadataRoute } from 'next';
import { listLessons } from '@/lib/content/lessons';
import { siteUrl } from '@/lib/content/site';

export default function sitemap(): MetadataRoute.Sitemap {
  return [
    { url: `${siteUrl}/`, changeFrequency: 'weekly', priority: 1 },
    { url: `${siteUrl}/learn`, changeFrequency: 'weekly', priority: 0.8 },
    { url: `${siteUrl}/myths`, changeFrequency: 'monthly', priority: 0.7 },
    ...listLessons().map((lesson) => ({
      url: `${siteUrl}/learn/${lesson.slug}`,
      changeFrequency: 'monthly' as const,
      priority: 0.7,
    })),
  ];
}
