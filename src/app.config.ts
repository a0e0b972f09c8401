export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/category/index',
    'pages/item/index',
    'pages/search/index',
    'pages/mine/index',
    'pages/not-found/index',
  ],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b5cad',
    navigationBarTitleText: '云州社保办事指南',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f2f4f7',
  },
})
