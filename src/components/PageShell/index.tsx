import { PageMeta, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useSettings } from '@/stores'

/**
 * Every page's root: applies 长辈版 tokens and, on WeChat, makes rem follow the user's own
 * WeChat font setting (root-font-size="system"), which rpx alone would ignore.
 */
export default function PageShell({ children }: PropsWithChildren) {
  const elderMode = useSettings((state) => state.data.elderMode)
  return (
    <>
      {process.env.TARO_ENV === 'weapp' && <PageMeta rootFontSize='system' pageFontSize='system' />}
      <View className={`shell${elderMode ? ' shell--elder' : ''}`} data-elder={elderMode ? 'on' : 'off'}>
        {children}
      </View>
    </>
  )
}
