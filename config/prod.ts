import type { UserConfigExport } from '@tarojs/cli'

export default {
  terser: {
    enable: true,
    config: {
      // Taro escapes every non-ASCII character by default; the catalog is Chinese text, so that
      // would triple its size (\uXXXX = 6 bytes vs 3 in UTF-8). WeChat reads UTF-8 sources fine.
      output: { ascii_only: false },
      // Taro's weapp defaults switch most of terser's compress passes off (faster builds); turning
      // terser's own defaults back on saves bytes in every package. The weapp smoke test and the
      // browser tests run the minified output.
      compress: {
        collapse_vars: true,
        comparisons: true,
        computed_props: true,
        hoist_props: true,
        inline: true,
        loops: true,
        properties: true,
        reduce_funcs: true,
        reduce_vars: true,
        switches: true,
        typeofs: true,
        passes: 2,
      },
    },
  },
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
