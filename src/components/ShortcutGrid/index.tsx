import { View } from '@tarojs/components'
import type { Shortcut } from '@/services/home'
import { a11yButton } from '../a11y'

interface ShortcutGridProps {
  shortcuts: Shortcut[]
  large?: boolean
  onSelect: (itemId: string) => void
}

export default function ShortcutGrid({ shortcuts, large = false, onSelect }: ShortcutGridProps) {
  return (
    <View className={`shortcuts${large ? ' shortcuts--large' : ''}`}>
      {shortcuts.map((shortcut) => (
        <View
          key={shortcut.id}
          className='shortcuts__button'
          onClick={() => onSelect(shortcut.id)}
          {...a11yButton(`${shortcut.label}（${shortcut.title}）`)}
        >
          {shortcut.label}
        </View>
      ))}
    </View>
  )
}
