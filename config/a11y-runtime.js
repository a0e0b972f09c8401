import { mergeInternalComponents } from '@tarojs/shared'
import components from './a11y-components'

mergeInternalComponents(components)
