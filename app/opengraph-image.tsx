import { ImageResponse } from 'next/og';
import { OG_SIZE, OgCard } from '@/components/site/og-card';
import { siteTagline } from '@/lib/content/site';

export const size = OG_SIZE;
export const contentType = 'image/png';
export const alt = 'Memory Lab for Python';

export default function Image() {
  return new ImageResponse(<OgCard eyebrow="A course on CPython's memory" title="How Python really manages memory" summary={siteTagline} />, size);
}
