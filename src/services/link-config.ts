/**
 * The one place that says which URL the service-hall QR codes encode. The ordinary-link QR form
 * is `${QR_LINK_BASE}/item/<item id>`; the operator registers this prefix in the mini-program admin
 * (开发管理 → 开发设置 → 扫普通链接二维码打开小程序) and hosts the H5 build at the same address.
 * Posters (`npm run posters`) and the deep-link parser both read it from here.
 */
export const QR_LINK_BASE = 'https://shebao-guide.example.com/yz'

/** The mini-program page every deep link lands on. */
export const ITEM_PAGE_PATH = 'pages/item/index'
