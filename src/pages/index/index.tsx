import { View, Text } from '@tarojs/components'

export default function Index() {
  return (
    <View>
      <Text>云州社保办事指南</Text>
    </View>
  )
}
