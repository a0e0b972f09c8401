/**
 * Lint keeps the one-way architecture honest:
 * catalog text → scripts/ (importer) → src/data → src/services → src/stores → src/components → src/pages
 */
module.exports = {
  root: true,
  extends: ['taro/react'],
  parser: '@typescript-eslint/parser',
  plugins: ['@typescript-eslint', 'import'],
  settings: {
    'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    react: { version: '18' },
  },
  rules: {
    'react/jsx-uses-react': 'off',
    'react/react-in-jsx-scope': 'off',
    'no-unused-vars': 'off',
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    'import/no-restricted-paths': ['error', {
      zones: [
        // Nothing in the app imports the importer or other build scripts at runtime.
        { target: './src', from: './scripts', message: 'src/ must not import build scripts' },
        { target: './src', from: './tests', message: 'src/ must not import tests' },
        // Services are pure TypeScript: no UI layers.
        { target: './src/services', from: './src/stores', message: 'services must not import stores' },
        { target: './src/services', from: './src/components', message: 'services must not import components' },
        { target: './src/services', from: './src/pages', message: 'services must not import pages' },
        { target: './src/services', from: './src/platform', message: 'services must stay platform-free' },
        { target: './src/data', from: './src/services', message: 'data must not import services' },
        { target: './src/stores', from: './src/components', message: 'stores must not import components' },
        { target: './src/stores', from: './src/pages', message: 'stores must not import pages' },
        { target: './src/components', from: './src/pages', message: 'components know nothing of pages' },
        { target: './src/platform', from: './src/pages', message: 'the platform adapter knows nothing of pages' },
        { target: './src/platform', from: './src/components', message: 'the platform adapter knows nothing of components' },
      ],
    }],
  },
  overrides: [
    {
      // Services and data: plain TypeScript only, testable in Node.
      files: ['src/services/**/*.ts', 'src/data/**/*.ts'],
      rules: {
        'no-restricted-imports': ['error', {
          patterns: [
            { group: ['@tarojs/*', 'react', 'react-dom', 'react/*', 'zustand', 'zustand/*'], message: 'src/services and src/data must stay free of Taro, React and stores' },
          ],
        }],
      },
    },
    {
      files: ['scripts/**/*.ts', 'tests/**/*.ts', 'config/**/*.ts'],
      env: { node: true, jest: true },
      rules: { 'import/no-commonjs': 'off' },
    },
  ],
  ignorePatterns: ['dist/', 'dist-h5/', 'node_modules/', 'out/', '*.js'],
}
