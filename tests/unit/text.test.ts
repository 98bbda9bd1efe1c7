import { multiLineText, singleLineText } from '../../src/domain/text';

describe('the text rule', () => {
  it('normalises to NFC and trims', () => {
    expect(singleLineText(20).parse('  Cafe\u0301  ')).toBe('Caf\u00e9');
  });

  it.each(['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\n', '\t'])('refuses %j in one line', (character) => {
    expect(singleLineText(20).safeParse(`a${character}b`).success).toBe(false);
  });

  it.each(['\n', '\r\n', '\t'])('keeps %j in multi-line text', (character) => {
    expect(multiLineText(20).parse(`a${character}b`)).toBe(`a${character}b`);
  });

  it.each(['\u0000', '\u0008', '\u000b', '\u000c', '\u001f', '\u009f'])('refuses %j in multi-line text', (character) => {
    const result = multiLineText(20).safeParse(`a${character}b`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('must not contain control characters other than tab and line breaks');
  });

  it('bounds the length after normalising, and refuses empty text', () => {
    expect(singleLineText(3).safeParse('e\u0301e\u0301e\u0301').success).toBe(true);
    expect(singleLineText(3).safeParse('abcd').success).toBe(false);
    expect(singleLineText(3).safeParse('   ').success).toBe(false);
  });
});
