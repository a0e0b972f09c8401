/**
 * The committed search index is exactly what the generator makes from the committed catalog and the
 * reviewed data (byte for byte), and what it contains is what the reviewed data says.
 */
import fs from 'node:fs'
import { polyphonic } from 'pinyin-pro'
import { DEFAULT_OUT, generateSearchIndexText, loadSearchData } from '../../scripts/build-search-index'
import { searchIndex } from '../../src/data/search-index'

jest.setTimeout(60000)

describe('search index', () => {
  it('regenerates byte for byte', () => {
    const { text, problems } = generateSearchIndexText()
    expect(problems).toEqual([])
    expect(text === fs.readFileSync(DEFAULT_OUT, 'utf8')).toBe(true)
  })

  it('regenerates identically twice in one process (no hidden state)', () => {
    expect(generateSearchIndexText().text).toBe(generateSearchIndexText().text)
  })

  it('indexes exactly the reviewed readings of every polyphonic character it holds', () => {
    const { polyphones } = loadSearchData()
    const syllables = searchIndex.syllables.split(' ')
    const groups = searchIndex.readings.split(' ')
    const readingsOf = (char: string) => {
      const at = searchIndex.chars.indexOf(char)
      return at < 0 ? null : groups[at].split(',').map((r) => syllables[parseInt(r, 36)])
    }
    for (const [char, entry] of Object.entries(polyphones.chars)) {
      expect(entry.why.length).toBeGreaterThan(5)
      expect(readingsOf(char)).toEqual(entry.readings)
      // Every reviewed reading is a real reading of the character.
      const known = (polyphonic(char, { toneType: 'none', type: 'array', v: true })[0] ?? []).map((r) => r.toLowerCase())
      for (const r of entry.readings) expect(known).toContain(r)
    }
  })

  it('holds no pinyin for characters it does not use, and one reading group per character', () => {
    expect(searchIndex.readings.split(' ')).toHaveLength(searchIndex.chars.length)
    expect(new Set(searchIndex.chars).size).toBe(searchIndex.chars.length)
  })

  it('keeps the index small (it ships in the weapp main package)', () => {
    expect(fs.statSync(DEFAULT_OUT).size).toBeLessThan(28 * 1024)
  })

  it('gives every synonym entry a note', () => {
    const { synonyms } = loadSearchData()
    for (const entry of synonyms.entries) {
      expect(entry.note.length).toBeGreaterThan(10)
      expect(entry.colloquial.length).toBeGreaterThan(0)
      expect(entry.official.length).toBeGreaterThan(0)
    }
  })
})
