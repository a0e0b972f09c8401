export default definePageConfig({
  navigationBarTitleText: '办事指南',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
