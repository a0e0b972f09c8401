import { View } from '@tarojs/components'

export default function StepList({ steps }: { steps: string[] }) {
  return (
    <View className='steps'>
      {steps.map((step, index) => (
        <View key={index} className='steps__row'>
          <View className='steps__number' aria-hidden='true'>{index + 1}</View>
          <View className='steps__text'>{step}</View>
        </View>
      ))}
    </View>
  )
}
