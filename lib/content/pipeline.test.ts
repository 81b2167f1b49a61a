import { describe, expect, it } from 'vitest';
import { flowColumns, pipelineFlow, supportStages } from './pipeline';

describe('flowColumns', () => {
  it('puts the entry points first and each stage after the stages feeding it', () => {
    expect(flowColumns(pipelineFlow)).toEqual([
      ['receive', 'pickup'],
      ['categorizer'],
      ['routing'],
      ['send', 'delivery', 'drop'],
    ]);
  });

  it('places a stage after its latest feeder when feeders sit in different columns', () => {
    expect(
      flowColumns([
        ['receive', 'categorizer'],
        ['categorizer', 'routing'],
        ['pickup', 'routing'],
      ]),
    ).toEqual([['receive', 'pickup'], ['categorizer'], ['routing']]);
  });

  it('refuses a flow that loops', () => {
    expect(() =>
      flowColumns([
        ['routing', 'categorizer'],
        ['categorizer', 'routing'],
      ]),
    ).toThrow(/loops/);
  });
});

describe('supportStages', () => {
  it('lists the stages no arrow touches', () => {
    expect(supportStages(pipelineFlow)).toEqual(['queue', 'resources']);
  });
});
