// Vite (and Vitest) inline a file's text for `import text from './file?raw'`: the demo's page
// scripts and styles are real files, linted as such, yet travel inside the one bundled demo.js.
declare module '*?raw' {
  const text: string;
  export default text;
}
