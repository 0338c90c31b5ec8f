"""The browser stage: a pool of Chromium sessions, one render per page, the WCAG engines on it."""
