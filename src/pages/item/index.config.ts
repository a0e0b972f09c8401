export default definePageConfig({
  // page-meta root-font-size="system": rem follows the user's WeChat font setting (see PageShell).
  enablePageMeta: true,
  navigationBarTitleText: '办事指南',
  enableShareAppMessage: true,
  enableShareTimeline: true,
})
