// Runs in the browser before the app: configure libraries that must be set up before first use.
import '@/lib/zod-jitless';
