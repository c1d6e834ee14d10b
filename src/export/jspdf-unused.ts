/**
 * Stands in for jsPDF's optional helpers (html2canvas, DOMPurify, canvg: its HTML and SVG input),
 * which the report never uses; vite.config.ts points them here so they are neither bundled nor
 * precached for offline use. Loading it says so, instead of failing somewhere deeper.
 */
throw new Error('jsPDF’s HTML and SVG input is not part of this app.');
