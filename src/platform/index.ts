/**
 * The thin module that talks to the platform (WeChat or the H5 runtime). Everything else calls
 * these functions, so the rest of the code stays testable and platform quirks live in one place.
 */
import Taro from '@tarojs/taro'
import type { KeyValueStorage } from '@/services/persistence'
import { routes } from '@/services/routes'

export const storage: KeyValueStorage = {
  get: (key) => Taro.getStorageSync(key),
  set: (key, value) => Taro.setStorageSync(key, value),
  remove: (key) => Taro.removeStorageSync(key),
}

export function callPhone(digits: string): void {
  Taro.makePhoneCall({ phoneNumber: digits }).catch(() => {
    // The user cancelled the dialog: nothing to do.
  })
}

export function copyText(text: string, doneMessage = '已复制'): void {
  Taro.setClipboardData({ data: text })
    .then(() => Taro.showToast({ title: doneMessage, icon: 'none' }))
    .catch(() => Taro.showToast({ title: '复制失败，请长按文字手动复制', icon: 'none' }))
}

export function openMap(latitude: number, longitude: number, name: string, address: string): void {
  Taro.openLocation({ latitude, longitude, name, address, scale: 16 }).catch(() => {
    Taro.showToast({ title: '无法打开地图', icon: 'none' })
  })
}

export function navigateTo(url: string): void {
  Taro.navigateTo({ url }).catch(() => Taro.redirectTo({ url }))
}

export function goHome(): void {
  Taro.reLaunch({ url: routes.home() })
}
