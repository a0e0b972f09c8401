export default definePageConfig({
  navigationBarTitleText: '云州社保办事指南',
})
