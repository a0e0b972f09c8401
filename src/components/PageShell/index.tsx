import { NavigationBar, PageMeta, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useEffect, type PropsWithChildren } from 'react'
import { useSettings } from '@/stores'

const isWeapp = process.env.TARO_ENV === 'weapp'

interface PageShellProps {
  /** The navigation-bar title of the page. */
  title: string
}

/**
 * Every page's root: applies 长辈版 tokens and, on WeChat, makes rem follow the user's own
 * WeChat font setting (page-meta root-font-size="system"), which rpx alone would ignore.
 * page-meta carries a navigation-bar, so the bar's title and colours are set here too.
 */
export default function PageShell({ title, children }: PropsWithChildren<PageShellProps>) {
  const elderMode = useSettings((state) => state.data.elderMode)
  useEffect(() => {
    if (!isWeapp) Taro.setNavigationBarTitle({ title })
  }, [title])
  return (
    <>
      {isWeapp && (
        <PageMeta rootFontSize='system'>
          <NavigationBar title={title} frontColor='#ffffff' backgroundColor='#0b5cad' />
        </PageMeta>
      )}
      <View className={`shell${elderMode ? ' shell--elder' : ''}`} data-elder={elderMode ? 'on' : 'off'}>
        {children}
      </View>
    </>
  )
}
