import type { UserConfigExport } from '@tarojs/cli'

export default {
  terser: {
    enable: true,
    config: {
      // Taro escapes every non-ASCII character by default; the catalog is Chinese text, so that
      // would triple its size (\uXXXX = 6 bytes vs 3 in UTF-8). WeChat reads UTF-8 sources fine.
      output: { ascii_only: false },
    },
  },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
