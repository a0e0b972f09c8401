/**
 * A local Taro plugin (the mechanism @tarojs/plugin-inject uses, without its version skew):
 * merges the aria attributes into the weapp templates and injects a runtime that registers them.
 */
const path = require('path')
const components = require('./a11y-components')

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      if (!platform.template || typeof platform.template.mergeComponents !== 'function') return
      platform.template.mergeComponents(ctx, components)
      const runtime = path.resolve(__dirname, 'a11y-runtime.js')
      platform.runtimePath = Array.isArray(platform.runtimePath)
        ? [...platform.runtimePath, runtime]
        : [platform.runtimePath, runtime]
    },
  })
}
