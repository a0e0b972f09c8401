import { View } from '@tarojs/components'
import { useState, type PropsWithChildren } from 'react'
import { a11yButton } from '../a11y'

interface FoldableProps {
  title: string
  initiallyOpen?: boolean
}

/** A section folded by default, opened by a plain tap on its full-width header. */
export default function Foldable({ title, initiallyOpen = false, children }: PropsWithChildren<FoldableProps>) {
  const [open, setOpen] = useState(initiallyOpen)
  return (
    <View className='foldable'>
      <View
        className='foldable__head'
        onClick={() => setOpen(!open)}
        aria-expanded={open ? 'true' : 'false'}
        {...a11yButton(`${title} ${open ? '收起' : '展开'}`)}
      >
        <View className='foldable__title'>{title}</View>
        <View className={`foldable__state${open ? ' foldable__state--open' : ''}`}>{open ? '收起' : '展开'}</View>
      </View>
      {open && <View className='foldable__body'>{children}</View>}
    </View>
  )
}
