/**
 * The transport pipeline diagram: stages, where they sit, how they connect, and which event
 * category each one links to. Positions are in the SVG's own units (viewBox 0 0 960 330).
 */
export const pipelineStages = [
  'pickup',
  'receive',
  'categorizer',
  'routing',
  'send',
  'delivery',
  'drop',
  'queue',
  'resources',
] as const;
export type PipelineStage = (typeof pipelineStages)[number];

export interface StageBox {
  stage: PipelineStage;
  x: number;
  y: number;
  /** The event category whose events the stage links to. */
  category: string;
}

export const stageBoxes: StageBox[] = [
  { stage: 'receive', x: 20, y: 120, category: 'SmtpReceive' },
  { stage: 'pickup', x: 20, y: 20, category: 'Pickup' },
  { stage: 'categorizer', x: 260, y: 120, category: 'Categorizer' },
  { stage: 'routing', x: 500, y: 120, category: 'Routing' },
  { stage: 'send', x: 740, y: 20, category: 'SmtpSend' },
  { stage: 'delivery', x: 740, y: 120, category: 'MSExchangeStoreDriver' },
  { stage: 'drop', x: 740, y: 220, category: 'RemoteDelivery' },
  { stage: 'queue', x: 260, y: 250, category: 'Storage' },
  { stage: 'resources', x: 500, y: 250, category: 'ResourceManager' },
];

export const boxSize = { width: 200, height: 56 };

/** Arrows of the message flow: from → to. */
export const pipelineFlow: [PipelineStage, PipelineStage][] = [
  ['receive', 'categorizer'],
  ['pickup', 'categorizer'],
  ['categorizer', 'routing'],
  ['routing', 'send'],
  ['routing', 'delivery'],
  ['routing', 'drop'],
];
