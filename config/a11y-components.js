/**
 * Accessibility attributes WeChat understands (aria-role / aria-label) but Taro's weapp
 * templates do not emit by default. The build plugin adds them to the templates and the
 * runtime module registers them, so <View aria-role="button" aria-label="…"> reaches the screen reader.
 */
const aria = { 'aria-role': "''", 'aria-label': "''", 'aria-checked': "''", 'aria-hidden': "''" }

module.exports = {
  View: aria,
  Text: aria,
  Button: aria,
  Input: { 'aria-label': "''" },
}
