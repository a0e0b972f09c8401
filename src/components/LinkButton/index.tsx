import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { a11yButton } from '../a11y'

interface LinkButtonProps {
  label: string
  variant?: 'primary' | 'secondary' | 'plain'
  onTap: () => void
}

export default function LinkButton({ label, variant = 'secondary', onTap, children }: PropsWithChildren<LinkButtonProps>) {
  return (
    <View className={`button button--${variant}`} onClick={onTap} {...a11yButton(label)}>
      {children ?? label}
    </View>
  )
}
