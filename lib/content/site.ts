// Site-wide settings. SITE_URL sets the absolute base for canonical URLs, Open Graph and the sitemap.
export const siteName = 'Memory Lab for Python';
export const siteTagline = 'How CPython really manages memory, shown by running the code.';

function readSiteUrl(): string {
  const raw = process.env.SITE_URL?.trim() || 'http://localhost:3000';
  try {
    return new URL(raw).origin;
  } catch {
    throw new Error(`SITE_URL is not an absolute URL: ${raw}`);
  }
}

export const siteUrl = readSiteUrl();
