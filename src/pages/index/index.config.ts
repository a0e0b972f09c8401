export default definePageConfig({
  // page-meta root-font-size="system": rem follows the user's WeChat font setting (see PageShell).
  enablePageMeta: true,
  navigationBarTitleText: '云州社保办事指南',
})
