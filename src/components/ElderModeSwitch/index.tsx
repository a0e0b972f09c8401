import { View } from '@tarojs/components'
import { a11ySwitch } from '../a11y'

interface ElderModeSwitchProps {
  on: boolean
  onChange: (on: boolean) => void
}

/** A large, labelled toggle: tapping anywhere on it switches; no gesture needed. */
export default function ElderModeSwitch({ on, onChange }: ElderModeSwitchProps) {
  return (
    <View
      className={`elder-switch${on ? ' elder-switch--on' : ''}`}
      onClick={() => onChange(!on)}
      {...a11ySwitch(on ? '长辈版已开启，点按切换为标准版' : '长辈版（关怀版）已关闭，点按开启大字模式', on)}
    >
      <View className='elder-switch__label'>{on ? '长辈版 已开' : '长辈版'}</View>
      <View className='elder-switch__track'>
        <View className='elder-switch__knob' />
      </View>
    </View>
  )
}
