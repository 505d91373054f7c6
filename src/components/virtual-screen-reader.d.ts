// The virtual screen reader's browser build (used by the component tests under
// @web/test-runner) ships without its own types entry; it has the same API as the package.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
