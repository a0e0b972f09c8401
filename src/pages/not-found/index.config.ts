export default definePageConfig({
  navigationBarTitleText: '未找到',
})
