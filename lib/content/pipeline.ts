/**
 * The transport pipeline diagram: its stages, the message flow between them, and which event
 * category each stage links to. Pages draw it from `flowColumns` (the stages in flow order) and
 * `supportStages` (the ones every stage uses), so the same model lays out across or down.
 */
export const pipelineStages = [
  'receive',
  'pickup',
  'categorizer',
  'routing',
  'send',
  'delivery',
  'drop',
  'queue',
  'resources',
] as const;
export type PipelineStage = (typeof pipelineStages)[number];

/** The event category whose events a stage links to. */
export const stageCategory: Record<PipelineStage, string> = {
  receive: 'SmtpReceive',
  pickup: 'Pickup',
  categorizer: 'Categorizer',
  routing: 'Routing',
  send: 'SmtpSend',
  delivery: 'MSExchangeStoreDriver',
  drop: 'RemoteDelivery',
  queue: 'Storage',
  resources: 'ResourceManager',
};

/** Arrows of the message flow: from → to. */
export const pipelineFlow: [PipelineStage, PipelineStage][] = [
  ['receive', 'categorizer'],
  ['pickup', 'categorizer'],
  ['categorizer', 'routing'],
  ['routing', 'send'],
  ['routing', 'delivery'],
  ['routing', 'drop'],
];

/**
 * The stages of a flow in columns: the entry points first, every other stage one column after
 * the latest stage that feeds it. Within a column, stages keep the order of `pipelineStages`.
 */
export function flowColumns(flow: [PipelineStage, PipelineStage][]): PipelineStage[][] {
  const inFlow = pipelineStages.filter((stage) => flow.some((arrow) => arrow.includes(stage)));
  const column = new Map<PipelineStage, number>();
  const place = (stage: PipelineStage, seen: PipelineStage[]): number => {
    const known = column.get(stage);
    if (known !== undefined) return known;
    if (seen.includes(stage)) throw new Error(`the pipeline flow loops through ${stage}`);
    const feeders = flow.filter(([, to]) => to === stage).map(([from]) => from);
    const index = Math.max(-1, ...feeders.map((from) => place(from, [...seen, stage]))) + 1;
    column.set(stage, index);
    return index;
  };
  const columns: PipelineStage[][] = [];
  for (const stage of inFlow) (columns[place(stage, [])] ??= []).push(stage);
  return columns;
}

/** Stages outside the message flow (the queue database, the resource manager): all stages use them. */
export function supportStages(flow: [PipelineStage, PipelineStage][]): PipelineStage[] {
  return pipelineStages.filter((stage) => !flow.some((arrow) => arrow.includes(stage)));
}
