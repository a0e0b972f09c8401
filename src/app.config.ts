export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/category/index',
    'pages/item/index',
    'pages/mine/index',
    'pages/not-found/index',
  ],
  // Search (its index and fuse.js) is a subpackage rooted at its own route, so the path stays
  // pages/search/index while the main package keeps within budget. Home preloads it, so it is on
  // the phone after the first launch and works offline from then on.
  subPackages: [{ root: 'pages/search', pages: ['index'] }],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['pages/search'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b5cad',
    navigationBarTitleText: '云州社保办事指南',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
  },
})
