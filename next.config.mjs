import createMDX from '@next/mdx';

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['ts', 'tsx', 'md', 'mdx'],
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // Lets parallel builds in one checkout (e.g. several engineers' e2e runs) use separate folders.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  // Type checking is its own step (`npm run typecheck`, run first by scripts/test.sh), so the
  // build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Security headers (issue 5). Scripts, workers, wasm, fetches and styles from this origin only.
  // 'unsafe-inline' scripts: the App Router streams its data in inline <script> tags and the theme
  // script runs inline before paint; without per-request nonces (which would make every page
  // dynamic) a static policy cannot name them. 'wasm-unsafe-eval' lets Pyodide compile its wasm;
  // blob: workers are allowed for bundlers that spawn them that way. Development adds 'unsafe-eval'.
  async headers() {
    const dev = process.env.NODE_ENV === 'development';
    const csp = [
      "default-src 'self'",
      `script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ''}`,
      "worker-src 'self' blob:",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "manifest-src 'self'",
    ].join('; ');
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'Content-Security-Policy', value: csp },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
        ],
      },
    ];
  },
};

// Plugins are named as strings with JSON options: Turbopack needs serialisable loader options.
const withMDX = createMDX({
  extension: /\.(md|mdx)$/,
  options: {
    remarkPlugins: ['remark-gfm'],
    rehypePlugins: [
      [
        'rehype-pretty-code',
        {
          theme: { light: 'github-light-default', dark: 'github-dark-default' },
          keepBackground: false,
          defaultLang: { block: 'text', inline: 'plaintext' },
        },
      ],
    ],
  },
});

export default withMDX(nextConfig);
