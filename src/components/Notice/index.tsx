import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

export default function Notice({ tone = 'info', children }: PropsWithChildren<{ tone?: 'info' | 'warn' }>) {
  return <View className={`notice notice--${tone}`}>{children}</View>
}
