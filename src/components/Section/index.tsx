import { View } from '@tarojs/components'
import type { PropsWithChildren, ReactNode } from 'react'
import { a11yHeading } from '../a11y'

interface SectionProps {
  title: string
  extra?: ReactNode
  className?: string
}

export default function Section({ title, extra, className, children }: PropsWithChildren<SectionProps>) {
  return (
    <View className={`section${className ? ` ${className}` : ''}`}>
      <View className='section__head'>
        <View className='section__title' {...a11yHeading(2)}>{title}</View>
        {extra}
      </View>
      <View className='section__body'>{children}</View>
    </View>
  )
}
