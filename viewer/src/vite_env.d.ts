// Types for what Vite provides to the app (CSS imports).
/// <reference types="vite/client" />
