/**
 * fuse.js publishes a smaller build (no extended search, no logical queries) as `fuse.js/basic`
 * through package.json "exports", which TypeScript's "node" module resolution does not read.
 * Webpack, Jest and Node resolve it; this gives it the types of the full build.
 */
declare module 'fuse.js/basic' {
  import Fuse from 'fuse.js'

  export default Fuse
}
