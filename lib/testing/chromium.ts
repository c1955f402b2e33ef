/**
 * How the project drives a browser: Debian's Chromium (browsers cannot be
 * downloaded here), with the flags that keep it from reaching for a network
 * this machine does not have. Used by the Playwright specs and the benchmarks.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
