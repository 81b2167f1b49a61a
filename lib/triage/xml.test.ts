import { describe, expect, it } from 'vitest';
import { parseXmlElement, textOf } from './xml';

describe('parseXmlElement', () => {
  it('reads attributes in either quote, entities, CDATA and drops namespace prefixes', () => {
    const root = parseXmlElement(
      `<?xml version="1.0"?><!-- note --><e:Event xmlns:e='urn:x'><Data Name="a&amp;b">1 &lt; 2 &#x263A;</Data><Data><![CDATA[<raw>]]></Data></e:Event>`,
    );
    expect(root).toEqual({
      name: 'Event',
      attrs: { e: 'urn:x' },
      children: [
        { name: 'Data', attrs: { Name: 'a&b' }, children: ['1 < 2 ☺'] },
        { name: 'Data', attrs: {}, children: ['<raw>'] },
      ],
    });
  });

  it('closes what a missing end tag left open', () => {
    const root = parseXmlElement('<Event><System><Computer>EX01</System></Event>');
    expect(textOf(root!)).toBe('EX01');
  });

  it('gives null for text without an element', () => {
    expect(parseXmlElement('no markup here')).toBeNull();
  });
});
