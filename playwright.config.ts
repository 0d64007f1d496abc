import { defineConfig } from '@playwright/test';

// E2E_PORT lets two checkouts' (or builds') e2e runs coexist on one machine.
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** Debian's Chromium by path: Playwright cannot download its own browser on these machines. */
export default defineConfig({
  testDir: './e2e',
  workers: 1,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    env: { PGLITE_DIR: `.data/pglite-e2e-${PORT}`, NEXT_TELEMETRY_DISABLED: '1' },
  },
});
