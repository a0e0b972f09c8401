import { Text } from '@tarojs/components'

interface HighlightedTextProps {
  text: string
  ranges: ReadonlyArray<readonly [number, number]>
}

/** Renders text with the given [start, end) character ranges emphasised. */
export default function HighlightedText({ text, ranges }: HighlightedTextProps) {
  const sorted = [...ranges].filter(([s, e]) => e > s && s >= 0 && e <= text.length).sort((a, b) => a[0] - b[0])
  const parts: { text: string; hit: boolean }[] = []
  let cursor = 0
  for (const [start, end] of sorted) {
    if (start < cursor) continue
    if (start > cursor) parts.push({ text: text.slice(cursor, start), hit: false })
    parts.push({ text: text.slice(start, end), hit: true })
    cursor = end
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), hit: false })
  return (
    <Text>
      {parts.map((part, index) => (
        <Text key={index} className={part.hit ? 'hit' : undefined}>{part.text}</Text>
      ))}
    </Text>
  )
}
