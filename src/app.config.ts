export default defineAppConfig({
  pages: ['pages/index/index'],
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#0b5cad',
    navigationBarTitleText: '云州社保办事指南',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f4f6f9',
  },
})
